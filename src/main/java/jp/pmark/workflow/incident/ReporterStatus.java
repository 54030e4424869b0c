package jp.pmark.workflow.incident;

/** INC-1: who reports. */
public enum ReporterStatus {

	HOLDER("付与事業者"), UNDER_ASSESSMENT("審査中事業者"), CONSIDERING("申請検討中事業者");

	private final String japaneseName;

	ReporterStatus(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
