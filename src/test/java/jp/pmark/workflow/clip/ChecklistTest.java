package jp.pmark.workflow.clip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CLIP-3: the checklist as the association's data file, and what a self-check must hold:
 * every legal duty answered and, for certification, met; the optional items never block.
 */
class ChecklistTest {

	static Checklist of(String json) throws IOException {
		return new Checklist(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	@DisplayName("CLIP-3 the shipped checklist file reads: legal duties of the Act (required) and the guideline's should-endeavour and desirable items (optional), unique ids")
	void shippedFile() throws IOException {
		Checklist checklist = new Checklist();
		assertThat(checklist.version()).isNotBlank();
		assertThat(checklist.required()).hasSizeGreaterThanOrEqualTo(10)
			.allSatisfy((item) -> assertThat(item.article()).startsWith("法第"));
		assertThat(checklist.optional()).extracting(Checklist.Item::level)
			.contains(Checklist.Level.ENDEAVOUR, Checklist.Level.DESIRABLE);
		assertThat(checklist.item("L06").orElseThrow().text()).contains("安全管理");
	}

	@Test
	@DisplayName("CLIP-3 a broken checklist file stops the product with the reason: a duplicate id, an item without level, no legal duty, no version")
	void brokenFiles() {
		assertThatThrownBy(() -> of(
				"{\"version\":\"1\",\"items\":[{\"id\":\"L01\",\"level\":\"LEGAL\",\"article\":\"法第17条\",\"text\":\"a\"},{\"id\":\"L01\",\"level\":\"LEGAL\",\"article\":\"法第18条\",\"text\":\"b\"}]}"))
			.hasMessageContaining("L01 twice");
		assertThatThrownBy(
				() -> of("{\"version\":\"1\",\"items\":[{\"id\":\"L01\",\"article\":\"法第17条\",\"text\":\"a\"}]}"))
			.hasMessageContaining("no level");
		assertThatThrownBy(() -> of(
				"{\"version\":\"1\",\"items\":[{\"id\":\"D01\",\"level\":\"DESIRABLE\",\"article\":\"指針\",\"text\":\"a\"}]}"))
			.hasMessageContaining("no legal duty");
		assertThatThrownBy(
				() -> of("{\"items\":[{\"id\":\"L01\",\"level\":\"LEGAL\",\"article\":\"法第17条\",\"text\":\"a\"}]}"))
			.hasMessageContaining("no version");
	}

	@Test
	@DisplayName("CLIP-3 every legal duty must be answered, 該当なし only where the file allows it; optional items may be left out and never block certification; a legal duty answered 不適合 does")
	void submissionAndCertificationRules() throws IOException {
		Checklist checklist = new Checklist();
		LocalDate today = LocalDate.of(2026, 12, 5);
		Map<String, CheckAnswer> answers = new LinkedHashMap<>();
		checklist.required()
			.forEach((item) -> answers.put(item.id(),
					item.notApplicable() ? CheckAnswer.NOT_APPLICABLE : CheckAnswer.YES));
		Rules rules = new Rules();
		SelfCheckRules.checkSubmission(checklist, answers, "answers", "代表 森", today, today, today, rules);
		assertThat(rules.violations()).isEmpty();
		assertThat(SelfCheckRules.unmet(checklist, answers)).isEmpty();

		answers.put("D01", CheckAnswer.NO);
		assertThat(SelfCheckRules.unmet(checklist, answers)).as("optional items never block").isEmpty();

		answers.put("L06", CheckAnswer.NO);
		assertThat(SelfCheckRules.unmet(checklist, answers)).extracting(Checklist.Item::id).containsExactly("L06");

		answers.remove("L01");
		answers.put("L02", CheckAnswer.NOT_APPLICABLE);
		Rules refused = new Rules();
		SelfCheckRules.checkSubmission(checklist, answers, "answers", " ", today.plusDays(1), today, today, refused);
		assertThat(refused.violations()).extracting(RuleViolation::field)
			.containsExactlyInAnyOrder("answers.L01", "answers.L02", "declaredBy", "declaredOn");
		assertThat(refused.violations()).extracting(RuleViolation::ruleId).containsOnly("CLIP-3");
	}

}
