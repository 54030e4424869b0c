package jp.pmark.workflow.audit;

/** AUD-2: an auditor's grade. */
public enum AuditorGrade {

	LEAD_AUDITOR("主任審査員"), AUDITOR("審査員"), ASSISTANT_AUDITOR("審査員補");

	private final String japaneseName;

	AuditorGrade(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/**
	 * AUD-4: lead auditors and auditors count toward a team; assistants do not (AUD-6).
	 */
	public boolean countsTowardTeam() {
		return this != ASSISTANT_AUDITOR;
	}

}
