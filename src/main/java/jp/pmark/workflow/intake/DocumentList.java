package jp.pmark.workflow.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.guard.RuleId;

/**
 * The documents one application must, may and need not carry, numbered and named as the
 * body's lists give them: INT-3, INT-4 and INT-7 for a new application; REN-4 and INT-7
 * for a renewal, whose forms are the renewal versions (様式7更新 summarises training,
 * internal audit and management review; 様式8更新 reports the changes of business since the
 * last decision).
 */
public final class DocumentList {

	/** Whether an application must carry a document. */
	public enum Requirement {

		/** It must be present (INT-3, INT-7, REN-4). */
		MANDATORY("必須"),

		/** INT-4: recorded when present, never required. */
		OPTIONAL("任意"),

		/**
		 * INT-7: a renewal by a business with a corporate number and no changes since the
		 * last contract may leave it out.
		 */
		OMISSIBLE("省略可（法人番号があり、前回の付与契約から変更なし）");

		private final String japaneseName;

		Requirement(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	/** A document as this list numbers, names and requires it. */
	public record Entry(DocumentType type, int number, String name, Requirement requirement) {

		/** "10. PMS文書一式のコピー…", as lists and letters show it. */
		public String label() {
			return this.number + ". " + this.name;
		}

		public boolean isMandatory() {
			return this.requirement == Requirement.MANDATORY;
		}

		/** The rule that requires it: INT-7 for its documents, else INT-3 or REN-4. */
		public RuleId rule(ApplicationKind kind) {
			if (this.type == DocumentType.OFFICER_LIST || this.type == DocumentType.DISQUALIFICATION_DECLARATION) {
				return RuleId.INT_7;
			}
			return (kind == ApplicationKind.RENEWAL) ? RuleId.REN_4 : RuleId.INT_3;
		}

	}

	/**
	 * REN-4: the renewal's numbers and names where they differ from a new application's.
	 */
	private static final Map<DocumentType, String> RENEWAL_NAMES = Map.ofEntries(
			Map.entry(DocumentType.FORM_0, "様式0更新 申請チェック表"), Map.entry(DocumentType.FORM_1, "様式1更新 申請書①②"),
			Map.entry(DocumentType.FORM_2, "様式2更新 個人情報保護体制"), Map.entry(DocumentType.FORM_3, "様式3更新 事業者概要"),
			Map.entry(DocumentType.FORM_4, "様式4更新 個人情報を取扱う業務の概要"),
			Map.entry(DocumentType.FORM_5, "様式5更新 すべての事業所の所在地及び業務内容"), Map.entry(DocumentType.FORM_6, "様式6更新 PMS文書の一覧"),
			Map.entry(DocumentType.FORM_7, "様式7更新 教育・内部監査・マネジメントレビュー実施サマリー"),
			Map.entry(DocumentType.FORM_8, "様式8更新 前回付与適格決定時から変更のあった事業の報告"),
			Map.entry(DocumentType.REGISTRY_CERTIFICATE, "登記事項証明書のコピー（申請日前3か月以内の発行）"));

	/**
	 * REN-4: the order of the renewal list: forms, PMS documents, then what may apply.
	 */
	private static final List<DocumentType> RENEWAL_ORDER = List.of(DocumentType.FORM_0, DocumentType.FORM_1,
			DocumentType.FORM_2, DocumentType.FORM_3, DocumentType.FORM_4, DocumentType.FORM_5, DocumentType.FORM_6,
			DocumentType.FORM_7, DocumentType.FORM_8, DocumentType.PMS_DOCUMENTS, DocumentType.LEDGER_FIRST_PAGE,
			DocumentType.RISK_ANALYSIS, DocumentType.REGISTRY_CERTIFICATE, DocumentType.ARTICLES,
			DocumentType.TRAINING_RECORDS, DocumentType.INTERNAL_AUDIT_RECORDS, DocumentType.MANAGEMENT_REVIEW_MINUTES,
			DocumentType.BROCHURE, DocumentType.OFFICER_LIST, DocumentType.DISQUALIFICATION_DECLARATION);

	private final ApplicationKind kind;

	private final List<Entry> entries;

	private DocumentList(ApplicationKind kind, List<Entry> entries) {
		this.kind = kind;
		this.entries = List.copyOf(entries);
	}

	/** INT-3, INT-4, INT-7: the list of a new application. */
	public static DocumentList forNewApplication() {
		List<Entry> entries = new ArrayList<>();
		for (DocumentType type : DocumentType.values()) {
			entries.add(new Entry(type, type.number(), type.japaneseName(),
					type.isMandatory() ? Requirement.MANDATORY : Requirement.OPTIONAL));
		}
		return new DocumentList(ApplicationKind.NEW, entries);
	}

	/**
	 * REN-4, INT-7: the list of a renewal. The registry certificate, the articles and the
	 * officer list are due when the business has no corporate number or something changed
	 * since the last contract; otherwise they may be left out.
	 */
	public static DocumentList forRenewal(boolean hasCorporateNumber, boolean changesSinceLastContract) {
		boolean omissible = hasCorporateNumber && !changesSinceLastContract;
		List<Entry> entries = new ArrayList<>();
		int number = 1;
		for (DocumentType type : RENEWAL_ORDER) {
			Requirement requirement;
			if (type == DocumentType.REGISTRY_CERTIFICATE || type == DocumentType.ARTICLES
					|| type == DocumentType.OFFICER_LIST) {
				requirement = omissible ? Requirement.OMISSIBLE : Requirement.MANDATORY;
			}
			else {
				requirement = type.isMandatory() ? Requirement.MANDATORY : Requirement.OPTIONAL;
			}
			entries.add(new Entry(type, number++, RENEWAL_NAMES.getOrDefault(type, type.japaneseName()), requirement));
		}
		return new DocumentList(ApplicationKind.RENEWAL, entries);
	}

	public static DocumentList of(ApplicationKind kind, boolean hasCorporateNumber, boolean changesSinceLastContract) {
		return (kind == ApplicationKind.RENEWAL) ? forRenewal(hasCorporateNumber, changesSinceLastContract)
				: forNewApplication();
	}

	/**
	 * The documents an application must, may and need not carry (INT-3, INT-7, REN-4).
	 */
	public static DocumentList of(Application application) {
		return of(application.getKind(), application.getApplicant().getCorporateNumber() != null,
				Boolean.TRUE.equals(application.getChangesSinceLastContract()));
	}

	public ApplicationKind kind() {
		return this.kind;
	}

	public List<Entry> entries() {
		return this.entries;
	}

	public Entry entry(DocumentType type) {
		return this.entries.stream()
			.filter((entry) -> entry.type() == type)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no document " + type));
	}

	/** The documents that must be present. */
	public List<Entry> mandatory() {
		return this.entries.stream().filter(Entry::isMandatory).toList();
	}

	public String label(DocumentType type) {
		return entry(type).label();
	}

	/** "10. PMS文書一式のコピー（必須）": a label with what the list requires of it. */
	public String labelWithRequirement(DocumentType type) {
		Entry entry = entry(type);
		return entry.label() + "（" + entry.requirement().japaneseName() + "）";
	}

}
