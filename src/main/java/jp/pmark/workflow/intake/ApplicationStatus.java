package jp.pmark.workflow.intake;

/** Where an application stands. */
public enum ApplicationStatus {

	RECEIVED("受付済（書類確認待ち）"),

	NOT_RECEIVED("受取不可"),

	NOT_ACCEPTED("受理不可"),

	ACCEPTED("受理"),

	DISQUALIFIED("欠格事由に該当"),

	TRANSFERRED("付与機関へ移送"),

	NOT_STARTED("審査不着手"),

	UNDER_ASSESSMENT("審査中"),

	WITHDRAWN("取下げ"),

	TERMINATED("審査中止"),

	COMPLETION_REPORTED("審査終了報告済"),

	ELIGIBLE("付与適格"),

	DENIED("付与適格否認"),

	REPORTED_TO_JIPDEC("付与機関へ報告済"),

	REGISTERED("登録済"),

	VOID("決定失効");

	private final String japaneseName;

	ApplicationStatus(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
