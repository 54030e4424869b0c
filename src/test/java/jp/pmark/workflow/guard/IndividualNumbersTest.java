package jp.pmark.workflow.guard;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndividualNumbersTest {

	@Test
	@DisplayName("CHG-5 123456789018 has a valid individual-number check digit, 123456789012 has not")
	void checkDigit() {
		assertThat(IndividualNumbers.checkDigit("12345678901")).isEqualTo(8);
		assertThat(IndividualNumbers.isIndividualNumber("123456789018")).isTrue();
		assertThat(IndividualNumbers.isIndividualNumber("123456789012")).isFalse();
	}

	@Test
	@DisplayName("CHG-5 check digit 0 when the remainder is 0 or 1")
	void checkDigitZero() {
		// Σ = 0 → r = 0 → 0
		assertThat(IndividualNumbers.checkDigit("00000000000")).isZero();
		// the last of the eleven is P1 with Q1 = 2; 6×2 = 12, r = 1 → 0
		assertThat(IndividualNumbers.checkDigit("00000000006")).isZero();
		// 1×2 = 2, r = 2 → 9
		assertThat(IndividualNumbers.checkDigit("00000000001")).isEqualTo(9);
	}

	@ParameterizedTest(
			name = "CHG-5 found after removing format characters and NFKC, across spaces and hyphens, beside other digits: \"{0}\"")
	@ValueSource(strings = { "123456789018", "１２３４５６７８９０１８", "1234-5678-9018", "1234 5678 9018",
			"担当者の番号は1234 5678 9018です", "番号：１２３４－５６７８－９０１８", "000000000000", "東京都港区1-1 123456789018",
			"1234\u200B5678\u200B9018", "12\u200D3456789018", "1234\u200B 5678 9018" })
	void detected(String text) {
		assertThat(IndividualNumbers.containsIndividualNumber(text)).isTrue();
		assertThat(IndividualNumbers.check("remarks", text)).hasValueSatisfying((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("CHG-5");
			assertThat(violation.field()).isEqualTo("remarks");
			assertThat(violation.messageJa()).contains("法律");
			assertThat(violation.messageJa()).doesNotContain("9018");
		});
	}

	@ParameterizedTest(name = "CHG-5 not an individual number: \"{0}\"")
	@ValueSource(strings = { "123456789012", "法人番号 7000012050002", "電話 03-1234-5678", "12345678901", "1234567890180",
			"2024年9月13日 申請", "" })
	void notDetected(String text) {
		assertThat(IndividualNumbers.containsIndividualNumber(text)).isFalse();
		assertThat(IndividualNumbers.check("remarks", text)).isEmpty();
	}

	@Test
	@DisplayName("CHG-5 null text holds no individual number")
	void nullText() {
		assertThat(IndividualNumbers.check("remarks", null)).isEmpty();
	}

}
