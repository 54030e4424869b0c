package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.CaseLetter;

/**
 * FEE-5's rules and texts: why an assessment is suspended, when it may resume, and the
 * reminder the applicant receives. Plain, tested without Spring or the engine
 * ({@code SuspensionRulesTest}).
 */
final class SuspensionRules {

	private SuspensionRules() {
	}

	/** Whether another invoice than the paid one is open past its due date. */
	static boolean otherOverdue(List<Invoice> invoices, Invoice paid, LocalDate today) {
		return invoices.stream()
			.anyMatch((invoice) -> !invoice.getInvoiceNumber().equals(paid.getInvoiceNumber())
					&& invoice.getStatus() == Invoice.Status.OPEN && invoice.getDueOn().isBefore(today));
	}

	/** The reason the journal gives for a suspension. */
	static String overdueReason(Invoice invoice) {
		return invoice.getKind().japaneseName() + "（" + invoice.getInvoiceNumber() + "）が支払期限 " + invoice.getDueOn()
				+ " を過ぎても未納です";
	}

	/** The reason the journal gives for a resumption. */
	static String paidReason(Invoice invoice) {
		return invoice.getKind().japaneseName() + "（" + invoice.getInvoiceNumber() + "）の入金を確認しました";
	}

	/** The reminder: the invoice's fields, then why the assessment is suspended. */
	static CaseLetter reminder(Map<String, Object> invoiceContents, LocalDate today) {
		Map<String, Object> contents = new LinkedHashMap<>(invoiceContents);
		contents.put("本文", "下記のご請求について、お支払期限を過ぎてもご入金が確認できません。ご入金の確認ができるまで審査を中断いたします。");
		contents.put("通知日", today.toString());
		return new CaseLetter("PAYMENT_REMINDER", "審査料金のお支払いについて（督促）", contents);
	}

}
