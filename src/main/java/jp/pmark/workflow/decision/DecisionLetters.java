package jp.pmark.workflow.decision;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.CaseLetter;

/**
 * The text of the decision's letter (DEC-4, JIP-3), built from the decision alone and
 * tested without Spring or the engine ({@code DecisionLettersTest}).
 */
final class DecisionLetters {

	static final String TITLE = "プライバシーマーク付与適格性審査結果について";

	private DecisionLetters() {
	}

	/**
	 * DEC-4: the result and its reason; when eligible, JIP-3's deadline for the contract.
	 */
	static CaseLetter notice(String applicationNumber, String applicantName, Decision decision) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", applicationNumber);
		contents.put("申請者", applicantName);
		contents.put("決定日", decision.getDecidedOn().toString());
		contents.put("審査会", decision.getCommitteeMeeting());
		contents.put("結果", decision.isEligible() ? "付与適格" : "付与適格否認");
		contents.put("理由", decision.getReason());
		if (decision.isEligible()) {
			contents.put("今後の手続き", "付与機関（JIPDEC）から付与契約に必要な書類が送付されます。" + decision.contractDeadline()
					+ "までに付与契約の締結と付与登録料のお支払いを完了してください。期限までに完了しない場合、この決定は効力を失います。");
		}
		return new CaseLetter("DECISION_NOTICE", TITLE, contents);
	}

}
