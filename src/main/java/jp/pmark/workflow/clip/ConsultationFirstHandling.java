package jp.pmark.workflow.clip;

/**
 * CLIP-5: where the business's own complaint desk stands with a complaint, which it
 * handles first itself.
 */
public enum ConsultationFirstHandling {

	HANDLED("事業者の苦情窓口で対応済み"), IN_PROGRESS("事業者の苦情窓口で対応中"), NOT_YET("事業者はまだ対応していない");

	private final String japaneseName;

	ConsultationFirstHandling(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
