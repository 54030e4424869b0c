package jp.pmark.workflow.fee;

import jp.pmark.workflow.guard.RuleId;

/** What an invoice is for. */
public enum InvoiceKind {

	APPLICATION_FEE("申請料", RuleId.FEE_1),

	DOCUMENT_REVIEW_FEE("文書審査料", RuleId.FEE_3),

	ONSITE_AUDIT_FEE("現地審査料", RuleId.FEE_4);

	private final String japaneseName;

	private final RuleId rule;

	InvoiceKind(String japaneseName, RuleId rule) {
		this.japaneseName = japaneseName;
		this.rule = rule;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** The rule that invoices it. */
	public RuleId rule() {
		return this.rule;
	}

}
