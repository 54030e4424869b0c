package jp.pmark.workflow.incident;

/** INC-6: the measure the committee takes, from light to heavy. */
public enum IncidentMeasure {

	/** The report is closed without a measure. */
	NONE("措置なし"),

	/** 注意. */
	CAUTION("注意"),

	/** 勧告. */
	ADVICE("勧告"),

	/** 一時停止: 1 month to under 1 year; the registration may not be used meanwhile. */
	SUSPENSION("一時停止"),

	/** 取消: the registration ends, and its life cycle with it. */
	REVOCATION("取消");

	private final String japaneseName;

	IncidentMeasure(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** Whether the measure acts on a registration. */
	public boolean needsRegistration() {
		return this == SUSPENSION || this == REVOCATION;
	}

}
