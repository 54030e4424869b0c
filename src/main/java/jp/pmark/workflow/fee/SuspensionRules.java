package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.List;

/**
 * FEE-5's rules: when an assessment may resume, and the reasons its journal gives; the
 * reminder's text is {@link FeeLetters}. Plain, tested without Spring or the engine
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

}
