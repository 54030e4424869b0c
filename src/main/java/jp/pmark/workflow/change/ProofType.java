package jp.pmark.workflow.change;

/**
 * CHG-2: the public documents a business without a corporate number attaches to a name or
 * head-office change, showing the old and the new details with a public office's stamp.
 */
public enum ProofType {

	TAX_OFFICE("税務署に提出した個人事業の開廃業等届出書（控え）のコピー"),

	PENSION_OFFICE("日本年金機構に提出した健康保険・厚生年金保険適用事業所名称／所在地変更（訂正）届（控え）のコピー");

	private final String japaneseName;

	ProofType(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
