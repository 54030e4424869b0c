package jp.pmark.workflow.clip;

/**
 * How the advisor supports a business (CLIP-2, CLIP-6): which one a plan gets is the
 * association's decision table {@code bpmn/ClipSupportTerms.dmn}.
 */
public enum SupportMode {

	MAIL("書面・メール"),

	ONLINE("オンライン"),

	VISIT("訪問");

	private final String japaneseName;

	SupportMode(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
