package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.letter.Letters;

import org.springframework.stereotype.Component;

/**
 * The CLIP letters (GEN-3), through the letters mechanism, filed under the enrolment
 * number: the enrolment with its invoice, a returned self-check, the certification, the
 * visits' invoice, the renewal's reminder and its invoice, the lapse, the withdrawal.
 * Invoices are 適格請求書 like the Privacy Mark's (10%, tax included, rounded down once); the
 * templates are {@code letters/clip-*.html}.
 */
@Component("clipLetters")
public class ClipLetters {

	private static final java.time.format.DateTimeFormatter JAPANESE_DATE = java.time.format.DateTimeFormatter
		.ofPattern("uuuu年M月d日");

	private final Letters letters;

	private final ClipBusinesses businesses;

	private final ClipProperties properties;

	private final SupportTerms terms;

	private final ClipGuidanceSessionRepository sessions;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	ClipLetters(Letters letters, ClipBusinesses businesses, ClipProperties properties, SupportTerms terms,
			ClipGuidanceSessionRepository sessions, Numbering numbering, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.letters = letters;
		this.businesses = businesses;
		this.properties = properties;
		this.terms = terms;
		this.sessions = sessions;
		this.numbering = numbering;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	/** CLIP-1, CLIP-2: the enrolment, the advisor, how guidance is given, the invoice. */
	public void enrolled(String enrolmentNumber) {
		ClipBusiness business = this.businesses.get(enrolmentNumber);
		Map<String, Object> contents = header(business);
		contents.put("本文", "CLIPマーク認証のお申込みを受け付けました。認証の取得まで、専属指導員がご案内のとおり指導いたします。同封の請求書により認証料をお支払いください。");
		contents.put("プラン", business.getPlan().japaneseName());
		contents.put("申込日", business.getEnrolledOn().toString());
		contents.put("専属指導員", (business.getAdvisor() != null) ? business.getAdvisor() : "追ってご連絡します");
		contents.put("指導の方法", this.terms.of(business).text());
		contents.put("外部のコンサルタント", "認証の取得までの指導は認証料に含まれており、別途コンサルタントに依頼する必要はありません。");
		contents.put("請求書",
				invoice(business, "CLIPマーク認証料（" + business.getPlan().japaneseName() + "）", yearlyLines(business)));
		send(business, "CLIP_ENROLMENT", "CLIPマーク認証のお申込みの受付とご請求について", contents);
	}

	/** CLIP-3: what falls short, and why, back to the business. */
	void returned(ClipBusiness business, ClipSelfCheck selfCheck, List<Checklist.Item> unmet) {
		Map<String, Object> contents = header(business);
		contents.put("本文", "ご提出いただいた適合チェックリストと適合宣言書を審査しました。下記の点について、専属指導員の支援を受けて対応のうえ、あらためてご提出ください。");
		contents.put("提出日", selfCheck.getSubmittedOn().toString());
		contents.put("差し戻しの理由", selfCheck.getReviewReasons());
		if (!unmet.isEmpty()) {
			contents.put("満たされていない法的義務", unmet.stream().map(Checklist.Item::label).toList());
		}
		contents.put("任意の項目", "個人情報保護指針の「努めなければならない」「望ましい」とされる項目は任意であり、認証の妨げにはなりません。");
		send(business, "CLIP_SELF_CHECK_RETURNED", "適合チェックリスト・適合宣言書の差し戻しについて", contents);
	}

	/** CLIP-4, CLIP-5: the certificate and the year's services. */
	void certified(ClipBusiness business, ClipCertification certification) {
		Map<String, Object> contents = header(business);
		contents.put("本文", (certification.getCycle() > 1) ? "CLIPマーク認証を更新しましたので通知します。" : "CLIPマークの認証を決定しましたので通知します。");
		contents.put("認証番号", certification.getCertificateNumber());
		contents.put("プラン", certification.getPlan().japaneseName());
		contents.put("有効期間", certification.getValidFrom() + " 〜 " + certification.getValidUntil());
		contents.put("審査日", certification.getReviewedOn().toString());
		contents.put("サイバーセキュリティ保険",
				certification.getInsurer() + "　" + certification.getInsurancePolicy() + "　補償額 "
						+ ClipTexts.yen(certification.getInsuranceCoverYen())
						+ (certification.isHigherCover() ? "（補償の上乗せあり）" : "") + "。認証により自動的に付帯されます。保険会社へのお申込みは不要です。");
		contents.put("eラーニング", "従業者の皆さまは人数にかかわらず追加料金なしで受講できます（全問正解で修了）。受講用リンク：" + this.properties.learningBaseUrl()
				+ business.getLearningToken());
		contents.put("苦情の申出先", "個人情報の取扱いに関する苦情の申出先として当社団を表示できます。苦情はまず貴社の窓口で対応してください。");
		contents.put("苦情・漏えい相談", "有効期間中、苦情や漏えい等のご相談を承ります。");
		send(business, "CLIP_CERTIFICATE", "CLIPマーク認証のお知らせ", contents);
	}

	/**
	 * CLIP-2, CLIP-6: the visit days and travel of the cycle, where the terms bill them.
	 */
	void supportInvoice(ClipBusiness business) {
		List<ClipGuidanceSession> billed = this.sessions
			.findByBusinessIdAndCycleOrderById(business.getId(), business.getCycle())
			.stream()
			.filter((session) -> session.getBilledYen() > 0)
			.toList();
		if (billed.isEmpty()) {
			return;
		}
		List<Map<String, String>> lines = new ArrayList<>();
		for (ClipGuidanceSession session : billed) {
			long travel = session.getTravelCostYen();
			lines.add(line("訪問指導料 " + session.getHeldOn() + "（" + session.getVisitDays() + "日）",
					session.getBilledYen() - travel));
			if (travel > 0) {
				lines.add(line("旅費交通費（実費） " + session.getHeldOn(), travel));
			}
		}
		Map<String, Object> contents = header(business);
		contents.put("本文", "訪問による指導・更新支援の訪問指導料と旅費交通費（実費）を、同封の請求書によりご請求申し上げます。");
		contents.put("プラン", business.getPlan().japaneseName());
		contents.put("訪問の記録",
				billed.stream().map((s) -> s.getHeldOn() + " " + s.getVisitDays() + "日：" + s.getTopics()).toList());
		contents.put("請求書", invoice(business, "訪問指導料・旅費交通費", lines));
		send(business, "CLIP_SUPPORT_INVOICE", "訪問指導料・旅費交通費のご請求について", contents);
	}

	/** CLIP-6: the renewal is coming. */
	public void renewalReminder(String enrolmentNumber) {
		ClipBusiness business = this.businesses.get(enrolmentNumber);
		Map<String, Object> contents = header(business);
		contents.put("本文",
				"CLIPマーク認証の有効期間の終了が近づいています。更新の手続を "
						+ business.getValidUntil().minusDays(this.properties.renewalOpensDaysBefore())
						+ " に開始します。有効期間内に更新の審査を終えない場合、認証は失効します。");
		contents.put("認証番号", business.getCertificateNumber());
		contents.put("有効期間の終了日", business.getValidUntil().toString());
		contents.put("プラン", business.getPlan().japaneseName());
		contents.put("更新の支援", this.terms.of(business.getPlan(), SupportTerms.Phase.RENEWAL).text());
		send(business, "CLIP_RENEWAL_REMINDER", "CLIPマーク認証の更新のご案内", contents);
	}

	/** CLIP-6: the renewal opened: the year's fee and the support terms. */
	void renewalOpened(ClipBusiness business) {
		Map<String, Object> contents = header(business);
		contents.put("本文",
				"CLIPマーク認証の更新の手続を開始しました。専属指導員が規程の見直しを支援します。適合チェックリストと適合宣言書をあらためてご提出ください。同封の請求書により認証料をお支払いください。");
		contents.put("認証番号", business.getCertificateNumber());
		contents.put("有効期間の終了日", business.getValidUntil().toString());
		contents.put("更新の支援", this.terms.of(business).text());
		contents.put("請求書",
				invoice(business, "CLIPマーク認証料（更新・" + business.getPlan().japaneseName() + "）", yearlyLines(business)));
		send(business, "CLIP_RENEWAL_INVOICE", "CLIPマーク認証の更新手続の開始とご請求について", contents);
	}

	/** CLIP-6: the certification lapsed. */
	void lapsed(ClipBusiness business) {
		Map<String, Object> contents = header(business);
		contents.put("本文", "有効期間内に更新の審査を終えなかったため、CLIPマーク認証は失効しました。CLIPマークの表示と、苦情の申出先としての当社団の表示をおやめください。");
		contents.put("認証番号", business.getCertificateNumber());
		contents.put("有効期間の終了日", business.getValidUntil().toString());
		send(business, "CLIP_LAPSED", "CLIPマーク認証の失効について", contents);
	}

	/** The business left the scheme. */
	void withdrawn(ClipBusiness business) {
		Map<String, Object> contents = header(business);
		contents.put("本文", "CLIPマークの辞退を受け付けました。"
				+ ((business.getCertificateNumber() != null) ? "CLIPマークの表示と、苦情の申出先としての当社団の表示をおやめください。" : ""));
		contents.put("辞退の理由", business.getEndReason());
		contents.put("辞退日", business.getEndedOn().toString());
		send(business, "CLIP_WITHDRAWN", "CLIPマークの辞退の受付について", contents);
	}

	private Map<String, Object> header(ClipBusiness business) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申込番号", business.getEnrolmentNumber());
		contents.put("事業者", business.getName());
		return contents;
	}

	private List<Map<String, String>> yearlyLines(ClipBusiness business) {
		ClipProperties.Schedule schedule = this.properties.scheduleOn(this.calendar.today());
		List<Map<String, String>> lines = new ArrayList<>();
		lines.add(line("CLIPマーク認証料（" + business.getPlan().japaneseName() + "、1年）",
				schedule.of(business.getPlan()).yearlyFee()));
		if (business.isHigherInsuranceCover()) {
			lines.add(line("サイバーセキュリティ保険 補償の上乗せ（1年）", this.properties.insurance().higherCoverFee()));
		}
		return lines;
	}

	private Map<String, Object> invoice(ClipBusiness business, String subject, List<Map<String, String>> lines) {
		LocalDate today = this.calendar.today();
		long total = lines.stream().mapToLong((line) -> Long.parseLong(line.get("円"))).sum();
		lines.forEach((line) -> line.remove("円"));
		Map<String, Object> invoice = new LinkedHashMap<>();
		invoice.put("請求書番号", this.numbering.next("CINV", today.getYear(), 5));
		invoice.put("申請番号", business.getEnrolmentNumber());
		invoice.put("請求先", business.getName());
		invoice.put("発行日", today.toString());
		invoice.put("件名", subject);
		invoice.put("ご請求金額（税込）", ClipTexts.yen(total));
		invoice.put("明細", lines);
		invoice.put("10%対象（税込）", ClipTexts.yen(total));
		invoice.put("うち消費税額（10%）", ClipTexts.yen(total * 10 / 110));
		invoice.put("お支払期限", today.plusDays(this.properties.paymentTermDays()).toString());
		return invoice;
	}

	private static Map<String, String> line(String item, long taxIncludedYen) {
		Map<String, String> line = new LinkedHashMap<>();
		line.put("品目", item);
		line.put("金額", ClipTexts.yen(taxIncludedYen));
		line.put("税率", "10%");
		line.put("円", Long.toString(taxIncludedYen));
		return line;
	}

	private void send(ClipBusiness business, String kind, String title, Map<String, Object> contents) {
		this.letters.record(null, business.getEnrolmentNumber(), kind, title, business.recipient(), contents,
				this.currentUser.id());
	}

}
