package jp.pmark.workflow.guard;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorporateNumbersTest {

	@ParameterizedTest(name = "CHG-6 {0} passes the check digit")
	@ValueSource(strings = { "7000012050002", "4011001098993", "７００００１２０５０００２", "7000-0120-50002", "7000012050002 " })
	void validNumbers(String value) {
		assertThat(CorporateNumbers.check("corporateNumber", value)).isEmpty();
	}

	@Test
	@DisplayName("CHG-6 the check digit is 9 − (Σ Pn×Qn mod 9) over the other twelve digits")
	void checkDigit() {
		assertThat(CorporateNumbers.checkDigit("000012050002")).isEqualTo(7);
		assertThat(CorporateNumbers.checkDigit("011001098993")).isEqualTo(4);
		assertThat(CorporateNumbers.isValid("7000012050002")).isTrue();
		assertThat(CorporateNumbers.isValid("7000012050003")).isFalse();
	}

	@ParameterizedTest(name = "CHG-6 {0} is refused for a wrong check digit")
	@ValueSource(strings = { "8000012050002", "7000012050003", "4011001098994" })
	void wrongCheckDigit(String value) {
		assertThat(CorporateNumbers.check("corporateNumber", value)).hasValueSatisfying((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("CHG-6");
			assertThat(violation.field()).isEqualTo("corporateNumber");
			assertThat(violation.messageJa()).contains("チェックデジット");
			assertThat(violation.messageEn()).contains("check digit");
		});
	}

	@ParameterizedTest(name = "CHG-6 {0} is refused: not 13 digits")
	@ValueSource(strings = { "700001205000", "70000120500021", "7000O12050002", "abc" })
	void wrongFormat(String value) {
		assertThat(CorporateNumbers.check("corporateNumber", value)).hasValueSatisfying((violation) -> {
			assertThat(violation.ruleId()).isIn("CHG-6", "CHG-5");
		});
	}

	@ParameterizedTest(name = "CHG-5 any 12-digit value in a corporate-number field is refused: {0}")
	@ValueSource(strings = { "123456789018", "123456789012", "000000000000", "１２３４ ５６７８ ９０１８" })
	void twelveDigitsRefused(String value) {
		assertThat(CorporateNumbers.check("corporateNumber", value)).hasValueSatisfying((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("CHG-5");
			assertThat(violation.messageJa()).contains("法律").contains("個人番号");
			assertThat(violation.messageEn()).contains("prohibited by law");
			assertThat(violation.messageJa() + violation.messageEn()).doesNotContain(value);
		});
	}

	@Test
	@DisplayName("CHG-6 an empty corporate number is not this guard's business (whether it is required is)")
	void emptyPasses() {
		assertThat(CorporateNumbers.check("corporateNumber", null)).isEmpty();
		assertThat(CorporateNumbers.check("corporateNumber", " ")).isEmpty();
	}

}
