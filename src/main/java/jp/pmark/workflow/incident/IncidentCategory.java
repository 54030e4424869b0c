package jp.pmark.workflow.incident;

/** INC-7: what kind of incident it is (a suspected one is flagged on the incident). */
public enum IncidentCategory {

	LEAK("漏えい"), LOSS("紛失"), DESTRUCTION("滅失・き損"), FALSIFICATION("改ざん・正確性の未確保"), IMPROPER_ACQUISITION("不正・不適正取得"),
	BEYOND_PURPOSE("目的外利用・提供"), MISUSE("不正利用"), DISCLOSURE_REFUSAL("開示等の求め等の拒否");

	private final String japaneseName;

	IncidentCategory(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
