package jp.pmark.workflow.applicant;

/** The main industry by sales, which sets the size-class thresholds of FEE-7. */
public enum Industry {

	MANUFACTURING_OTHER("製造業その他"),

	WHOLESALE("卸売業"),

	RETAIL("小売業"),

	SERVICES("サービス業");

	private final String japaneseName;

	Industry(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
