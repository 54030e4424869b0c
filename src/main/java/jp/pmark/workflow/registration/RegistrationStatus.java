package jp.pmark.workflow.registration;

/** Where a registration stands in its life (JIP-2, REN-1..REN-3, MRG-1). */
public enum RegistrationStatus {

	/** 有効. */
	VALID("有効", true),

	/** REN-1: 有効（更新申請受付期間中）. */
	RENEWAL_WINDOW_OPEN("有効（更新申請受付期間中）", true),

	/** REN-5: a renewal application is being assessed. */
	RENEWAL_APPLIED("有効（更新審査中）", true),

	/** The renewal was registered; this one ends at its validity end. */
	RENEWAL_GRANTED("有効（更新登録済、満了日の翌日から次の登録）", true),

	/** REN-3: the window closed without a renewal application. */
	LAPSING("有効（更新申請なし、有効期間の満了で失効）", true),

	/** REN-3: validity ended while the renewal is assessed; valid until its outcome. */
	EXTENDED("有効（有効期間満了後、更新審査の結果まで）", true),

	/** Continued by the next registration with the renewal count incremented. */
	RENEWED("更新済（次の登録に継続）", false),

	/** REN-3: ended without a renewal. */
	LAPSED("失効", false),

	/** MRG-1: cancelled (解除), e.g. when its holder is absorbed in a merger. */
	CANCELLED("解除", false),

	/** INC-6: suspended (一時停止) for 1 month to under 1 year after an incident. */
	SUSPENDED("一時停止中", false),

	/** INC-6: revoked (取消) after an incident; its life cycle ends. */
	REVOKED("取消", false);

	private final String japaneseName;

	private final boolean valid;

	RegistrationStatus(String japaneseName, boolean valid) {
		this.japaneseName = japaneseName;
		this.valid = valid;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** Whether the business may use the mark under this registration. */
	public boolean isValid() {
		return this.valid;
	}

}
