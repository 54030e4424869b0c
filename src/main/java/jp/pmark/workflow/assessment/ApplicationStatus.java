package jp.pmark.workflow.assessment;

/** Where an application stands. */
public enum ApplicationStatus {

	RECEIVED("受付済（書類確認待ち）", false),

	NOT_RECEIVED("受取不可", true),

	NOT_ACCEPTED("受理不可", true),

	ACCEPTED("受理", false),

	DISQUALIFIED("欠格事由に該当", true),

	TRANSFERRED("付与機関へ移送", true),

	NOT_STARTED("審査不着手", true),

	UNDER_ASSESSMENT("審査中", false),

	WITHDRAWN("取下げ", true),

	TERMINATED("審査中止", true),

	COMPLETION_REPORTED("審査終了報告済", false),

	ELIGIBLE("付与適格", false),

	DENIED("付与適格否認", true),

	REPORTED_TO_JIPDEC("付与機関へ報告済", false),

	REGISTERED("登録済", true),

	VOID("決定失効", true);

	private final String japaneseName;

	private final boolean concluded;

	ApplicationStatus(String japaneseName, boolean concluded) {
		this.japaneseName = japaneseName;
		this.concluded = concluded;
	}

	/** Whether the application's assessment has ended in this status. */
	public boolean isConcluded() {
		return this.concluded;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
