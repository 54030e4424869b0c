package jp.pmark.workflow.clip;

/** Where a CLIP business stands, with the words the register and the forms use. */
public enum ClipStatus {

	/** Enrolled, guided by its advisor towards its first self-check (CLIP-2). */
	GUIDANCE("認証取得に向けて指導中", false),

	/** Its self-check is with the reviewers (CLIP-3). */
	UNDER_REVIEW("自己点検の審査中", false),

	/** Certified and within its year (CLIP-4). */
	CERTIFIED("認証", true),

	/** Certified, its yearly renewal open (CLIP-6). */
	RENEWING("認証（更新手続中）", true),

	/** Its year ended without a renewal (CLIP-6). */
	LAPSED("認証期限切れ", false),

	/** It left the scheme before certification or did not go on. */
	WITHDRAWN("辞退", false);

	private final String japaneseName;

	private final boolean certified;

	ClipStatus(String japaneseName, boolean certified) {
		this.japaneseName = japaneseName;
		this.certified = certified;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** Whether the business holds a valid certification in this state. */
	public boolean certified() {
		return this.certified;
	}

}
