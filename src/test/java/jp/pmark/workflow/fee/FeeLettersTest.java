package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.Map;

import jp.pmark.workflow.assessment.CaseLetter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fee's letters as texts, without Spring or the engine. */
class FeeLettersTest {

	@Test
	@DisplayName("FEE-1 FEE-7 the acceptance notice carries the size class, the fees to come and the invoice")
	void acceptance() {
		CaseLetter letter = FeeLetters.acceptance("PM-2026-00001", "株式会社プライバシーテック", LocalDate.parse("2026-05-01"),
				"中規模", new FeeProperties.Amounts(200000, 300000, 500000, 50000), Map.of("請求書番号", "INV-2026-00001"));
		assertThat(letter.kind()).isEqualTo("ACCEPTANCE_NOTICE");
		assertThat(letter.title()).isEqualTo("申請書受理通知書");
		assertThat(letter.contents()).containsEntry("申請日", "2026-05-01")
			.containsEntry("規模区分", "中規模")
			.containsEntry("付与登録料（付与機関へお支払い）", InvoiceService.yen(50000))
			.containsEntry("請求書", Map.of("請求書番号", "INV-2026-00001"));
		assertThat(letter.contents().get("今後の審査料（予定）").toString()).contains(InvoiceService.yen(200000),
				InvoiceService.yen(300000));
	}

	@Test
	@DisplayName("FEE-5 the reminder keeps the invoice's fields and says the assessment is suspended until payment")
	void reminder() {
		CaseLetter letter = FeeLetters.reminder(Map.of("請求書番号", "INV-2026-00001"), LocalDate.parse("2026-06-10"));
		assertThat(letter.kind()).isEqualTo("PAYMENT_REMINDER");
		assertThat(letter.contents()).containsEntry("請求書番号", "INV-2026-00001").containsEntry("通知日", "2026-06-10");
		assertThat(letter.contents().get("本文").toString()).contains("審査を中断");
	}

}
