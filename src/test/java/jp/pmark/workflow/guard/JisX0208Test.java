package jp.pmark.workflow.guard;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JisX0208Test {

	@ParameterizedTest(name = "INT-11 {0} is degraded to {1}, the original kept")
	@CsvSource({ "髙橋, 高橋", "山﨑, 山崎", "𠮷田, 吉田", "德永, 徳永", "濵田, 濱田", "栁田, 柳田", "㈱髙島屋, （株）高島屋",
			"ｶﾌﾞｼｷｶﾞｲｼｬ ﾌﾟﾗｲﾊﾞｼｰ, カブシキガイシャ プライバシー", "\uFA19社, 神社" })
	void degraded(String original, String expected) {
		JisText text = JisX0208.degrade(original);
		assertThat(text.text()).isEqualTo(expected);
		assertThat(text.original()).isEqualTo(original);
		assertThat(text.degraded()).isTrue();
		assertThat(text.needsReview()).isFalse();
		assertThat(JisX0208.check("name", original)).isEmpty();
	}

	@Test
	@DisplayName("INT-11 a name already in JIS X 0208 (kanji, kana, full-width and ASCII letters) is unchanged")
	void unchanged() {
		JisText text = JisX0208.degrade("株式会社プライバシー・テック　ＡＢＣ Japan 2nd");
		assertThat(text.degraded()).isFalse();
		assertThat(text.needsReview()).isFalse();
		assertThat(text.text()).isEqualTo(text.original());
	}

	@Test
	@DisplayName("INT-11 a character with no known degraded form is kept and flagged for a person to decide")
	void unknownFlagged() {
		// 彅 (草彅) is JIS X 0213 only; 😀 is no name character at all
		JisText text = JisX0208.degrade("草彅髙😀");
		assertThat(text.text()).isEqualTo("草彅高😀");
		assertThat(text.unknownCharacters()).containsExactly("彅", "😀");
		assertThat(text.needsReview()).isTrue();
		assertThat(JisX0208.check("name", "草彅")).singleElement().satisfies((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("INT-11");
			assertThat(violation.messageJa()).contains("彅").contains("JIS第1・第2水準");
			assertThat(violation.messageEn()).contains("JIS X 0208");
		});
	}

	@Test
	@DisplayName("INT-11 every known variant lies outside JIS X 0208 and degrades into it")
	void variantTableIsSound() {
		for (Map.Entry<String, String> variant : JisX0208.VARIANTS.entrySet()) {
			assertThat(variant.getKey().codePoints().allMatch(JisX0208::isJisX0208)).as(variant.getKey()).isFalse();
			assertThat(variant.getValue().codePoints().allMatch(JisX0208::isJisX0208)).as(variant.getValue()).isTrue();
		}
	}

	@Test
	@DisplayName("INT-11 濵 degrades to its level-2 form 濱, not to the different character 浜")
	void levelTwoFormKept() {
		assertThat(JisX0208.degrade("濵田").text()).isEqualTo("濱田").isNotEqualTo("浜田");
		assertThat(JisX0208.isJisX0208('濱')).as("濱 is JIS X 0208 level 2").isTrue();
		// level 2 lies in rows 48 to 84: 濱 is 0x5F40 in JIS X 0208, row 0x5F - 0x20 = 63
		assertThat(new String(new char[] { '濱' }).getBytes(java.nio.charset.Charset.forName("x-JIS0208"))[0] - 0x20)
			.isBetween(48, 84);
	}

	@Test
	@DisplayName("INT-11 the JIS X 0208 test: 高 inside; 髙 﨑 𠮷 ① outside")
	void charset() {
		assertThat(JisX0208.isJisX0208('高')).isTrue();
		assertThat(JisX0208.isJisX0208('髙')).isFalse();
		assertThat(JisX0208.isJisX0208('﨑')).isFalse();
		assertThat(JisX0208.isJisX0208("𠮷".codePointAt(0))).isFalse();
		assertThat(JisX0208.isJisX0208('①')).isFalse();
	}

}
