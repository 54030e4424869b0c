package jp.pmark.workflow.registration;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;

import org.springframework.stereotype.Component;

/** The letters of a registration's life cycle and their texts (REN-1..REN-3). */
@Component
class RegistrationLetters {

	private final ApplicantService applicants;

	private final Letters letters;

	private final CurrentUser currentUser;

	RegistrationLetters(ApplicantService applicants, Letters letters, CurrentUser currentUser) {
		this.applicants = applicants;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	/** REN-3: the renewal reminder, before the window opens. */
	void reminder(Registration registration, RenewalWindow window) {
		Map<String, Object> contents = header(registration);
		contents.put("更新申請受付期間", window.describe());
		contents.put("本文", "貴社のプライバシーマーク登録の有効期間は " + registration.getValidUntil() + " に満了します。更新を希望される場合は、更新申請受付期間（"
				+ window.describe() + "）内に更新申請書類をご提出ください。受付期間の最終日が当センターの休業日に当たるときは、直後の営業日まで受け付けます。");
		send(registration, "RENEWAL_REMINDER", "プライバシーマーク付与の更新申請のご案内", contents);
	}

	/** REN-3: the window closed without a renewal application. */
	void windowClosed(Registration registration, RenewalWindow window) {
		Map<String, Object> contents = header(registration);
		contents.put("更新申請受付期間", window.describe());
		contents.put("本文", "更新申請受付期間（" + window.describe() + "）に更新申請がありませんでしたので、貴社のプライバシーマーク登録は有効期間 "
				+ registration.getValidUntil() + " の満了をもって効力を失います。");
		send(registration, "RENEWAL_WINDOW_CLOSED", "更新申請受付期間の終了について", contents);
	}

	/** REN-3: the validity ended without a renewal. */
	void lapsed(Registration registration) {
		Map<String, Object> contents = header(registration);
		contents.put("本文",
				"貴社のプライバシーマーク登録（登録番号 " + registration.getRegistrationNumber() + "）は、有効期間 "
						+ registration.getValidUntil()
						+ " の満了により効力を失いました。プライバシーマークの使用を中止してください。再びプライバシーマークを希望される場合は、新規に申請してください。");
		send(registration, "REGISTRATION_LAPSED", "プライバシーマーク登録の有効期間満了について", contents);
	}

	private Map<String, Object> header(Registration registration) {
		Applicant applicant = this.applicants.get(registration.getApplicantId());
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("事業者名", applicant.getName());
		contents.put("登録番号", registration.getRegistrationNumber());
		contents.put("有効期間", registration.getValidFrom() + "〜" + registration.getValidUntil());
		return contents;
	}

	private void send(Registration registration, String kind, String title, Map<String, Object> contents) {
		Applicant applicant = this.applicants.get(registration.getApplicantId());
		this.letters.record(registration.getApplicationId(), kind, title, applicant.recipient(), contents,
				this.currentUser.id());
	}

}
