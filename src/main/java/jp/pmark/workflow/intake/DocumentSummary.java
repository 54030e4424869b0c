package jp.pmark.workflow.intake;

/** A document of an application without its content. */
public record DocumentSummary(Long id, DocumentType type, String fileName, String mediaType, Long sizeBytes,
		boolean onPaper) {

	/**
	 * "2. 様式1 申請書①② （様式1.pdf, 120 KB）" or "…（書面）", numbered as the application's list
	 * numbers it.
	 */
	public String describe(DocumentList list) {
		if (this.onPaper) {
			return list.label(this.type) + "（書面）";
		}
		long kilobytes = (this.sizeBytes == null) ? 0 : Math.max(1, (this.sizeBytes + 1023) / 1024);
		return list.label(this.type) + "（" + this.fileName + ", " + kilobytes + " KB）";
	}

}
