package jp.pmark.workflow.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.letter.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters and records that end an intake: documents returned (INT-5), disqualified
 * (INT-13), transferred to JIPDEC under 3.1.4 (INT-9), not started (INT-8). Called from
 * the BPMN's service tasks, e.g. {@code ${intakeNotices.returnApplication(execution)}}.
 */
@Component("intakeNotices")
public class IntakeNotices {

	private final Applications applications;

	private final ReceiptCheckRepository receiptChecks;

	private final DisqualificationScreeningRepository screenings;

	private final StartConfirmationRepository confirmations;

	private final Letters letters;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	IntakeNotices(Applications applications, ReceiptCheckRepository receiptChecks,
			DisqualificationScreeningRepository screenings, StartConfirmationRepository confirmations, Letters letters,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		this.applications = applications;
		this.receiptChecks = receiptChecks;
		this.screenings = screenings;
		this.confirmations = confirmations;
		this.letters = letters;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	/** INT-5: the documents go back at the applicant's cost, with the reason. */
	@Transactional
	public void returnApplication(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		ReceiptCheck check = this.receiptChecks.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		boolean notReceived = check.getOutcome() == ReceiptCheck.Outcome.NOT_RECEIVED;
		Map<String, Object> contents = base(application);
		contents.put("本文",
				notReceived ? "ご提出いただいた申請書類に不足があるため、受け取ることができません。" : "ご提出いただいた申請書類の記載に不備があるため、受理することができません。");
		contents.put("理由", check.getReason());
		if (check.getMissingDocuments() != null) {
			contents.put("不足している書類", check.getMissingDocuments());
		}
		contents.put("書類の返却", "申請書類は申請者の費用負担にて返却いたします。");
		Integer staff = application.getApplicant().getFullTimeStaff();
		if (staff != null && staff < 2) {
			contents.put("ご案内（INT-14）", "プライバシーマークには常勤の従業者または役員が2名以上必要です（個人情報保護管理者と監査責任者は別の人）。"
					+ "1名の事業者には、法令上の義務への適合を認証するCLIPマークをご検討ください。");
		}
		this.letters.record(application.getId(), notReceived ? "RETURN_NOT_RECEIVED" : "RETURN_NOT_ACCEPTED",
				notReceived ? "申請書類の返却について（受取不可）" : "申請書類の返却について（受理不可）", application.getApplicant().recipient(),
				contents, this.currentUser.id());
	}

	/** INT-13: the applicant falls under a disqualification ground and cannot apply. */
	@Transactional
	public void notifyDisqualified(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		DisqualificationScreening screening = this.screenings.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.DISQUALIFIED,
				this.currentUser.id(), screening.getApplicableGrounds());
		Map<String, Object> contents = base(application);
		contents.put("本文", "プライバシーマーク制度における欠格事項に該当するため、付与適格性審査の申請を受け付けることができません。");
		contents.put("該当する欠格事由", screening.getApplicableGrounds());
		contents.put("根拠", screening.getComment());
		contents.put("書類の返却", "申請書類は申請者の費用負担にて返却いたします。");
		this.letters.record(application.getId(), "DISQUALIFIED_NOTICE", "付与適格性審査の申請について（欠格事項への該当）",
				application.getApplicant().recipient(), contents, this.currentUser.id());
	}

	/**
	 * INT-9 (004: 2.3): when 3.1.4 is considered, the case goes to the granting body and
	 * this body's process stops, recorded as transferred.
	 */
	@Transactional
	public void transferToJipdec(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		DisqualificationScreening screening = this.screenings.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.TRANSFERRED,
				this.currentUser.id(), "欠格事項 3.1.4 の適用を検討するため付与機関へ移送");
		Map<String, Object> contents = base(application);
		contents.put("本文", "下記の申請案件について、「プライバシーマーク制度における欠格事項及び判断基準」3.1.4 の適用を検討するため、" + "付与適格性審査実施規程 2.3 に基づき移送します。");
		contents.put("事業者", application.getApplicant().getName());
		contents.put("法人番号", application.getApplicant().getCorporateNumber());
		contents.put("検討の根拠", screening.getComment());
		contents.put("確認した者", screening.getScreenedBy());
		this.letters.record(application.getId(), "TRANSFER_TO_JIPDEC", "申請案件の移送について（3.1.4）", Recipients.JIPDEC,
				contents, this.currentUser.id());
	}

	/** INT-8: the start was not confirmed; the applicant is told why. */
	@Transactional
	public void notifyNotStarted(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		StartConfirmation confirmation = this.confirmations.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		Map<String, Object> contents = base(application);
		contents.put("本文", "ご提出いただいた申請について、審査に着手することができません。");
		contents.put("理由", confirmation.getComment());
		this.letters.record(application.getId(), "NOT_STARTED_NOTICE", "付与適格性審査の着手について",
				application.getApplicant().recipient(), contents, this.currentUser.id());
	}

	private Map<String, Object> base(Application application) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", application.getApplicationNumber());
		contents.put("申請者", application.getApplicant().getName());
		contents.put("申請日", application.getAppliedOn().toString());
		contents.put("通知日", this.calendar.today().toString());
		return contents;
	}

}
