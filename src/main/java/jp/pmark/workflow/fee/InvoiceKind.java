package jp.pmark.workflow.fee;

/** What an invoice is for. */
public enum InvoiceKind {

	APPLICATION_FEE("申請料", "FEE-1"),

	DOCUMENT_REVIEW_FEE("文書審査料", "FEE-3"),

	ONSITE_AUDIT_FEE("現地審査料", "FEE-4");

	private final String japaneseName;

	private final String ruleId;

	InvoiceKind(String japaneseName, String ruleId) {
		this.japaneseName = japaneseName;
		this.ruleId = ruleId;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	public String ruleId() {
		return this.ruleId;
	}

}
