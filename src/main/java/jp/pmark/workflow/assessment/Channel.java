package jp.pmark.workflow.assessment;

/** INT-1: how an application arrived; paper and online forms differ. */
public enum Channel {

	IN_PERSON("書面（窓口持参）"), MAIL("書面（郵送・宅配便）"), ONLINE("オンライン");

	private final String japaneseName;

	Channel(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	public boolean isPaper() {
		return this != ONLINE;
	}

}
