package jp.pmark.workflow.audit;

/** A member's role in an audit team. */
public enum TeamRole {

	LEADER("審査責任者"), MEMBER("審査員"), ASSISTANT("審査員補");

	private final String japaneseName;

	TeamRole(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
