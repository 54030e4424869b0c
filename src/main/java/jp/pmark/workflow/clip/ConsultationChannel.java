package jp.pmark.workflow.clip;

/** CLIP-4: how a consultation arrived. */
public enum ConsultationChannel {

	PHONE("電話"), EMAIL("電子メール"), MAIL("郵送"), ONLINE("オンライン（ポータル）");

	private final String japaneseName;

	ConsultationChannel(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
