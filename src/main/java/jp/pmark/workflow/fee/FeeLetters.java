package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.CaseLetter;

/**
 * The texts of the fee's letters: the acceptance notice with the application fee's
 * invoice (FEE-1, FEE-2) and the reminder of an overdue invoice (FEE-5). Built from the
 * records alone, tested without Spring or the engine ({@code FeeLettersTest}).
 */
final class FeeLetters {

	private FeeLetters() {
	}

	/**
	 * 申請書受理通知書: the application is accepted; the application fee's invoice, the size
	 * class and the fees to come.
	 */
	static CaseLetter acceptance(String applicationNumber, String applicantName, LocalDate appliedOn,
			String sizeClassName, FeeProperties.Amounts amounts, Map<String, Object> invoiceContents) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", applicationNumber);
		contents.put("申請者", applicantName);
		contents.put("申請日", appliedOn.toString());
		contents.put("本文", "プライバシーマーク付与適格性審査の申請書を受理しましたので通知します。同封の請求書により申請料をお支払いください。");
		contents.put("規模区分", sizeClassName);
		contents.put("今後の審査料（予定）", "文書審査料 " + InvoiceService.yen(amounts.documentReview()) + "（文書審査の終了後に請求）、現地審査料 "
				+ InvoiceService.yen(amounts.onsiteAudit()) + "＋交通費・宿泊費実費（現地審査の終了後に請求）");
		contents.put("付与登録料（付与機関へお支払い）", InvoiceService.yen(amounts.registration()));
		contents.put("請求書", invoiceContents);
		return new CaseLetter("ACCEPTANCE_NOTICE", "申請書受理通知書", contents);
	}

	/**
	 * FEE-5: the reminder: the invoice's fields, then why the assessment is suspended.
	 */
	static CaseLetter reminder(Map<String, Object> invoiceContents, LocalDate today) {
		Map<String, Object> contents = new LinkedHashMap<>(invoiceContents);
		contents.put("本文", "下記のご請求について、お支払期限を過ぎてもご入金が確認できません。ご入金の確認ができるまで審査を中断いたします。");
		contents.put("通知日", today.toString());
		return new CaseLetter("PAYMENT_REMINDER", "審査料金のお支払いについて（督促）", contents);
	}

}
