package jp.pmark.workflow.clip;

/** CLIP-4, CLIP-5: how the advisor concluded a consultation. */
public enum ConsultationOutcome {

	CLOSED("完了"), REFER_TO_BUSINESS("事業者へ一次対応を依頼"), REPORT_AS_INCIDENT("事故の報告として受け付ける");

	private final String japaneseName;

	ConsultationOutcome(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
