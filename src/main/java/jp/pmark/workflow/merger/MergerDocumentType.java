package jp.pmark.workflow.merger;

import java.util.Arrays;
import java.util.List;

/** MRG-1: the documents a merger case may call for, as the decision table names them. */
public enum MergerDocumentType {

	REPORT("合併・分社等に関する報告書"), REGISTRY("効力発生後の登記事項証明書のコピー"), CONTRACT("合併契約書・分割契約書・事業譲渡契約書等のコピー"),
	PMS("承継した事業の個人情報の取扱いとPMSへの組込みの説明"), CONTINUATION("付与の地位の継続に関する申出書"), APPLICATION("付与適格性審査の申請書類");

	private final String japaneseName;

	MergerDocumentType(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** The documents of the table's comma-separated codes, e.g. "REPORT,REGISTRY". */
	public static List<MergerDocumentType> parse(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return Arrays.stream(codes.split(","))
			.map(String::trim)
			.filter((code) -> !code.isEmpty())
			.map(MergerDocumentType::valueOf)
			.toList();
	}

}
