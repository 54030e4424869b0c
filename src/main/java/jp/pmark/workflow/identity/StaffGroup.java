package jp.pmark.workflow.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The groups of SPEC §1, by their Camunda group id, with the Japanese names staff see.
 */
public enum StaffGroup {

	RECEPTION("reception", "受付担当", true),

	ACCOUNTING("accounting", "経理担当", true),

	ASSESSMENT_MANAGERS("assessment-managers", "審査管理者", true),

	LEAD_AUDITORS("lead-auditors", "主任審査員", true),

	AUDITORS("auditors", "審査員", true),

	ASSISTANT_AUDITORS("assistant-auditors", "審査員補", true),

	COMMITTEE("committee", "審査会委員", true),

	PROCESS_DESIGNERS("process-designers", "プロセス設計者", false),

	CLIP_ADVISORS("clip-advisors", "専属指導員", true),

	CLIP_REVIEWERS("clip-reviewers", "CLIP審査担当", true);

	/** Camunda's administrators' group: may do everything. */
	public static final String ADMIN_GROUP_ID = "camunda-admin";

	/** The Japanese name of the administrators' group. */
	public static final String ADMIN_GROUP_NAME = "システム管理者";

	/**
	 * The technical group of the applicant portal's user: only the product's API for what
	 * applicants send (applications, improvement reports, change reports, incident
	 * reports) accepts it; no webapp and no call of the engine's API does.
	 */
	public static final String PORTAL_GROUP_ID = "portal-api";

	/** The Japanese name of the portal's group. */
	public static final String PORTAL_GROUP_NAME = "申請者ポータル（連携用）";

	/** Camunda's group type for groups that work on processes. */
	public static final String WORKFLOW_TYPE = "WORKFLOW";

	private final String id;

	private final String japaneseName;

	private final boolean worksInTasklist;

	StaffGroup(String id, String japaneseName, boolean worksInTasklist) {
		this.id = id;
		this.japaneseName = japaneseName;
		this.worksInTasklist = worksInTasklist;
	}

	public String id() {
		return this.id;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** True for the groups whose people work tasks in Tasklist. */
	public boolean worksInTasklist() {
		return this.worksInTasklist;
	}

	public static Optional<StaffGroup> byId(String id) {
		return Arrays.stream(values()).filter((group) -> group.id.equals(id)).findFirst();
	}

}
