package jp.pmark.workflow.incident;

/**
 * INC-2, INC-3: the two reports of an incident, and a first notice (by phone or mail)
 * that comes before either.
 */
public enum ReportKind {

	NOTICE("第一報"), PROMPT("速報"), FINAL("確報");

	private final String japaneseName;

	ReportKind(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
