package jp.pmark.workflow.clip;

/**
 * CLIP-5: who brought a consultation to the association: the business itself, or a person
 * complaining about it (the association being its complaint contact).
 */
public enum ConsultationRaisedBy {

	BUSINESS("事業者"), COMPLAINANT("苦情の申出人");

	private final String japaneseName;

	ConsultationRaisedBy(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
