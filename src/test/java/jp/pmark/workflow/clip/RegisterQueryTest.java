package jp.pmark.workflow.clip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.guard.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** CLIP-7 GEN-2: what the public register is looked up by, and what it refuses. */
class RegisterQueryTest {

	private static RegisterQuery query(String... pairs) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.merge(pairs[i], new String[] { pairs[i + 1] },
					(one, other) -> new String[] { one[0], other[0] });
		}
		return RegisterQuery.of(parameters);
	}

	private static List<RuleViolation> refused(String... pairs) {
		RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, () -> query(pairs));
		assertThat(refusal).as("refused: %s", List.of(pairs)).isNotNull();
		assertThat(refusal.violations()).allSatisfy((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("CLIP-7");
			assertThat(violation.messageJa()).isNotBlank().doesNotContain("{0}");
		});
		return refusal.violations();
	}

	@Test
	@DisplayName("CLIP-7 each key normalised: a certificate number in full-width or lower case, a registration number with or without its renewal count, a name trimmed and NFKC, a corporate number with hyphens or full-width digits")
	void normalised() {
		assertThat(query("certificateNumber", " ｃｌｉｐ－０００１２３ ")).satisfies((q) -> {
			assertThat(q.key()).isEqualTo(RegisterQuery.Key.CERTIFICATE_NUMBER);
			assertThat(q.value()).isEqualTo("CLIP-000123");
			assertThat(q.clipNumber()).isTrue();
		});
		assertThat(query("certificateNumber", "10823456（05）").value()).isEqualTo("10823456(05)");
		assertThat(query("certificateNumber", "10823456").clipNumber()).isFalse();
		assertThat(query("name", "  株式会社ＡＢＣ　").value()).isEqualTo("株式会社ABC");
		assertThat(query("corporateNumber", "2-0000-1234-5678").value()).isEqualTo("2000012345678");
		assertThat(query("corporateNumber", "２０００ ０１２３ ４５６７８").value()).isEqualTo("2000012345678");
		assertThat(RegisterQuery.comparable("株式会社 ＡＢＣ　ｼｮｳｼﾞ")).isEqualTo(RegisterQuery.comparable("株式会社abcショウジ"))
			.isEqualTo("株式会社abcショウジ");
	}

	@Test
	@DisplayName("CLIP-7 GEN-2 exactly one key: none, several, an unknown parameter or one given twice is refused naming the parameter (or the query)")
	void exactlyOneKey() {
		assertThat(refused()).extracting(RuleViolation::field).containsExactly("query");
		assertThat(refused("name", "テスト商事", "corporateNumber", "7000012345678")).extracting(RuleViolation::field)
			.containsExactly("query");
		assertThat(refused("address", "東京都")).extracting(RuleViolation::field).contains("address", "query");
		assertThat(refused("name", "テスト商事", "id", "1")).extracting(RuleViolation::field).containsExactly("id");
		assertThat(refused("name", "テスト商事", "name", "別の会社")).extracting(RuleViolation::field).containsExactly("name");
		assertThat(refused("x".repeat(500), "1").get(0).field()).hasSize(41);
	}

	@Test
	@DisplayName("CLIP-7 GEN-2 a value that cannot be one is refused naming its parameter: empty, too long, a name shorter than 2 characters or with control characters, a corporate number not of 13 digits or with a wrong check digit, a number of neither scheme")
	void malformedValues() {
		assertThat(refused("name", "  ")).extracting(RuleViolation::field).containsExactly("name");
		assertThat(refused("name", "あ".repeat(101))).singleElement()
			.satisfies((v) -> assertThat(v.messageJa()).contains("100"));
		assertThat(refused("name", "ａ　")).singleElement().satisfies((v) -> assertThat(v.messageJa()).contains("2文字"));
		assertThat(refused("name", "テスト\u0000商事")).extracting(RuleViolation::field).containsExactly("name");
		assertThat(refused("corporateNumber", "700001234567")).extracting(RuleViolation::field)
			.containsExactly("corporateNumber");
		assertThat(refused("corporateNumber", "abc")).extracting(RuleViolation::field)
			.containsExactly("corporateNumber");
		assertThat(refused("corporateNumber", "1000012345678")).singleElement()
			.satisfies((v) -> assertThat(v.messageJa()).contains("チェックデジット"));
		for (String number : List.of("CLIP-12345", "CLIP-0001234", "CL2026-0001", "1082345(05)", "10823456(5)",
				"10823456-05", "' or 1=1 --")) {
			assertThat(refused("certificateNumber", number)).as(number)
				.extracting(RuleViolation::field)
				.containsExactly("certificateNumber");
		}
	}

}
