package jp.pmark.workflow.merger;

/** MRG-1: what becomes of the mark's status (付与の地位) or of the application. */
public enum MergerOutcome {

	CONTINUES("継続する"), PASSES("他の事業者へ移る"), ENDS("解除（申請は終了）"), NEEDS_APPLICATION("付与を希望する場合は申請が必要"),
	INQUIRE("個別に照会して決める");

	private final String japaneseName;

	MergerOutcome(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
