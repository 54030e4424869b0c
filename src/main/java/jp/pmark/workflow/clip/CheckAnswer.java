package jp.pmark.workflow.clip;

/** CLIP-3: how the business answered an item of its checklist. */
public enum CheckAnswer {

	YES("適合"),

	NO("不適合"),

	NOT_APPLICABLE("該当なし");

	private final String japaneseName;

	CheckAnswer(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
