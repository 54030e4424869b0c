package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.Map;

import jp.pmark.workflow.assessment.CaseLetter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The letters that end an intake, as texts, without Spring or the engine. */
class IntakeLettersTest {

	static Map<String, Object> header() {
		return IntakeLetters.header("PM-2026-00001", "株式会社プライバシーテック", LocalDate.parse("2026-05-01"),
				LocalDate.parse("2026-05-08"));
	}

	@ParameterizedTest(name = "INT-5 INT-14 returned {0} with {1} full-time staff: {2}, CLIP hint {3}")
	@CsvSource(textBlock = """
			NOT_RECEIVED, 1, RETURN_NOT_RECEIVED, true
			NOT_RECEIVED, 5, RETURN_NOT_RECEIVED, false
			NOT_ACCEPTED, 1, RETURN_NOT_ACCEPTED, true
			NOT_ACCEPTED,  , RETURN_NOT_ACCEPTED, false
			""")
	void returned(ReceiptCheck.Outcome outcome, Integer staff, String kind, boolean clipHint) {
		ReceiptCheck check = new ReceiptCheck(1L, outcome, "1. 様式0", null, null, true, true, "書類の不足", "reception");
		CaseLetter letter = IntakeLetters.returned(header(), check, staff);
		assertThat(letter.kind()).isEqualTo(kind);
		assertThat(letter.contents()).containsEntry("申請日", "2026-05-01")
			.containsEntry("理由", "書類の不足")
			.doesNotContainKey("不足している書類");
		assertThat(letter.contents().containsKey("CLIPマークのご案内")).isEqualTo(clipHint);
	}

	@Test
	@DisplayName("INT-13 INT-9 a disqualification names the grounds; a transfer names the business and who screened")
	void disqualifiedAndTransferred() {
		DisqualificationScreening screening = new DisqualificationScreening(1L,
				DisqualificationScreening.Outcome.TRANSFER, "A=該当しない", "3.1.4", "公表情報と照合", "manager");
		assertThat(IntakeLetters.disqualified(header(), screening).contents()).containsEntry("該当する欠格事由", "3.1.4")
			.containsEntry("根拠", "公表情報と照合");
		CaseLetter transfer = IntakeLetters.transfer(header(), "株式会社プライバシーテック", "7000012050002", screening);
		assertThat(transfer.kind()).isEqualTo("TRANSFER_TO_JIPDEC");
		assertThat(transfer.contents()).containsEntry("法人番号", "7000012050002")
			.containsEntry("検討の根拠", "公表情報と照合")
			.containsEntry("確認した者", "manager");
	}

	@Test
	@DisplayName("INT-8 the not-started letter gives the confirmation's comment as the reason")
	void notStarted() {
		StartConfirmation confirmation = new StartConfirmation(1L, true, false, true, true, true, true, "情報が不足",
				"manager");
		CaseLetter letter = IntakeLetters.notStarted(header(), confirmation);
		assertThat(letter.kind()).isEqualTo("NOT_STARTED_NOTICE");
		assertThat(letter.contents()).containsEntry("理由", "情報が不足");
		assertThat(confirmation.isConfirmed()).isFalse();
	}

}
