package jp.pmark.workflow.audit;

/** INT-12: only the applicant's own officers and employees may attend or respond. */
public enum AttendeeRelation {

	OFFICER("役員"), EMPLOYEE("従業者"), OTHER("その他（コンサルタント等）");

	private final String japaneseName;

	AttendeeRelation(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** Reads 役員, 従業者 or anything else as other. */
	public static AttendeeRelation parse(String text) {
		String value = (text == null) ? "" : text.trim();
		if (value.equals("役員") || value.equalsIgnoreCase("OFFICER")) {
			return OFFICER;
		}
		if (value.equals("従業者") || value.equals("従業員") || value.equals("社員") || value.equalsIgnoreCase("EMPLOYEE")) {
			return EMPLOYEE;
		}
		return OTHER;
	}

}
