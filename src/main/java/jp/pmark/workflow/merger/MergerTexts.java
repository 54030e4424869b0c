package jp.pmark.workflow.merger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.pmark.workflow.registration.Registration;

/**
 * The texts a merger case's forms show, its journal entries and its letter carry, built
 * from what the caller read: plain text, no engine, no database.
 */
final class MergerTexts {

	static final String OUTCOME_LETTER_TITLE = "合併・分社等に伴うプライバシーマーク付与の地位について";

	private MergerTexts() {
	}

	/**
	 * The case at a glance, for the forms.
	 * @param registration the registration the case concerns, or null
	 * @param applicationNumber the application under assessment it concerns, or null
	 */
	static String summary(MergerCase mergerCase, String subjectName, Registration registration,
			String applicationNumber) {
		MergerFacts facts = mergerCase.facts();
		StringBuilder text = new StringBuilder();
		text.append("案件番号：").append(mergerCase.getCaseNumber()).append('\n');
		text.append("事業者：").append(subjectName).append("（").append(facts.party().japaneseName()).append("）\n");
		if (registration != null) {
			text.append("登録：")
				.append(registration.getRegistrationNumber())
				.append("（")
				.append(registration.getStatus().japaneseName())
				.append("、有効期間 ")
				.append(registration.getValidFrom())
				.append("〜")
				.append(registration.getValidUntil())
				.append("）\n");
		}
		if (applicationNumber != null) {
			text.append("審査中の申請：").append(applicationNumber).append('\n');
		}
		text.append("発効の時期：").append(facts.timing().japaneseName()).append('\n');
		text.append("内容：").append(facts.event().japaneseName()).append('\n');
		text.append("相手方：")
			.append(facts.counterparty().japaneseName())
			.append((mergerCase.getCounterpartyName() != null) ? "（" + mergerCase.getCounterpartyName() + "）" : "")
			.append('\n');
		if (facts.wholeBusiness()) {
			text.append("事業の全部を承継させる\n");
		}
		if (facts.successorDormant()) {
			text.append("承継する事業者は実質的に事業を行っていない\n");
		}
		text.append("効力発生日：")
			.append(mergerCase.getEffectiveOn())
			.append("（連絡 ")
			.append(mergerCase.getNotifiedOn())
			.append("）\n");
		if (mergerCase.getDescription() != null) {
			text.append("連絡の内容：").append(mergerCase.getDescription()).append('\n');
		}
		text.append("類型（判定表）：")
			.append(mergerCase.getMergerType())
			.append(" → ")
			.append(mergerCase.getOutcome().japaneseName())
			.append('\n');
		text.append("付与の地位：").append(mergerCase.getStatusText()).append('\n');
		text.append("提出書類：").append(documentsDue(mergerCase));
		return text.toString();
	}

	static String documentsDue(MergerCase mergerCase) {
		List<MergerDocumentType> due = mergerCase.documentsDue();
		return due.isEmpty() ? "なし"
				: due.stream().map(MergerDocumentType::japaneseName).collect(Collectors.joining("、"));
	}

	static String receivedDocuments(List<MergerDocument> documents) {
		String received = documents.stream()
			.map((document) -> document.getDocumentType().japaneseName() + "（" + document.getReceivedOn() + "）")
			.collect(Collectors.joining("\n"));
		return received.isEmpty() ? "（提出書類なし）" : received;
	}

	// the journals of the registrations and applications involved

	static String registered(String caseNumber, MergerClassification.Result result, MergerRequest request) {
		return "合併・分社等の案件 " + caseNumber + "（類型 " + result.type() + "、効力発生日 " + request.effectiveOn() + "）を登録しました";
	}

	/**
	 * What every entry of the outcome's application begins with: the case and its type.
	 */
	static String why(MergerCase mergerCase) {
		return "合併・分社等 " + mergerCase.getCaseNumber() + "（類型 " + mergerCase.getMergerType() + "）";
	}

	// the letter

	/** MRG-1: how the business's status is handled. */
	static Map<String, Object> outcomeLetter(MergerCase mergerCase, String subjectName) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("案件番号", mergerCase.getCaseNumber());
		contents.put("事業者名", subjectName);
		contents.put("合併・分社等の内容", mergerCase.facts().event().japaneseName());
		contents.put("効力発生日", mergerCase.getEffectiveOn().toString());
		contents.put("類型", mergerCase.getMergerType());
		contents.put("プライバシーマーク付与の地位", mergerCase.getConfirmedOutcome().japaneseName());
		contents.put("説明", mergerCase.getStatusText());
		if (mergerCase.getConfirmationReason() != null) {
			contents.put("当センターの判断", mergerCase.getConfirmationReason());
		}
		return contents;
	}

}
