package jp.pmark.workflow.clip;

/** CLIP-1: the plans a business enrols in, with the names the association uses. */
public enum ClipPlan {

	LIGHT("ライトプラン"),

	STANDARD("スタンダードプラン"),

	ACTIVE("アクティブプラン");

	private final String japaneseName;

	ClipPlan(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
