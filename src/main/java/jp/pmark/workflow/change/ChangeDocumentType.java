package jp.pmark.workflow.change;

/** The documents a change report may carry. */
public enum ChangeDocumentType {

	/** プライバシーマーク付与に係る変更報告書. */
	REPORT_FORM("プライバシーマーク付与に係る変更報告書"),

	/** CHG-2: a public document showing old and new details (no corporate number). */
	PROOF("新旧の登録情報が確認できる公的機関の受付印のある証憑のコピー"),

	/** CHG-3: the page of the registry certificate with the representative's name. */
	REGISTRY_PAGE("登記事項証明書の代表者の氏名が確認できるページのコピー"),

	/** CHG-4: 閉鎖事項証明書, asked for when the old details cannot be confirmed. */
	CLOSED_CERTIFICATE("閉鎖事項証明書のコピー");

	private final String japaneseName;

	ChangeDocumentType(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
