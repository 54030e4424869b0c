package jp.pmark.workflow.assessment;

/** 新規 or 更新. */
public enum ApplicationKind {

	NEW("新規"), RENEWAL("更新");

	private final String japaneseName;

	ApplicationKind(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
