package jp.pmark.workflow.decision;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.CaseLetter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision's letter as text, without Spring or the engine. */
class DecisionLettersTest {

	@Test
	@DisplayName("DEC-4 JIP-3 an eligible decision's letter gives the contract deadline three months after the decision")
	void eligible() {
		Decision decision = new Decision(1L, "ELIGIBLE", LocalDate.parse("2026-07-01"), "第12回審査会", "要求事項に適合",
				"manager");
		CaseLetter letter = DecisionLetters.notice("PM-2026-00001", "株式会社プライバシーテック", decision);
		assertThat(letter.kind()).isEqualTo("DECISION_NOTICE");
		assertThat(letter.title()).isEqualTo("プライバシーマーク付与適格性審査結果について");
		assertThat(letter.contents()).containsEntry("結果", "付与適格").containsEntry("理由", "要求事項に適合");
		assertThat(letter.contents().get("今後の手続き").toString()).contains("2026-10-01");
	}

	@Test
	@DisplayName("DEC-4 a denial's letter gives the reason and no contract step")
	void denied() {
		Decision decision = new Decision(1L, "DENIED", LocalDate.parse("2026-07-01"), "第12回審査会", "改善が確認できない",
				"manager");
		assertThat(DecisionLetters.notice("PM-2026-00001", "株式会社プライバシーテック", decision).contents())
			.containsEntry("結果", "付与適格否認")
			.doesNotContainKey("今後の手続き");
	}

}
