package jp.pmark.workflow.clip;

/** CLIP-4: what a consultation is about. */
public enum ConsultationKind {

	COMPLAINT("苦情"), LEAK("漏えい等");

	private final String japaneseName;

	ConsultationKind(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
