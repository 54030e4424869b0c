package jp.pmark.workflow.clip;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CLIP-2, CLIP-6: the association's decision table ClipSupportTerms, row by row: how each
 * plan is guided until certification and supported at renewal, and what is billed.
 */
class ClipSupportTermsDecisionTest {

	private static DmnEngine engine;

	private static DmnDecision decision;

	@BeforeAll
	static void parse() throws IOException {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = new FileInputStream("bpmn/ClipSupportTerms.dmn")) {
			decision = engine.parseDecision(SupportTerms.DECISION_KEY, dmn);
		}
	}

	@ParameterizedTest(name = "CLIP-2 CLIP-6 {0} {1}: {2}, online {3}, visits {4}, billed {5}")
	@CsvSource({ "LIGHT, INITIAL, MAIL, false, false, false", "STANDARD, INITIAL, ONLINE, true, false, false",
			"ACTIVE, INITIAL, VISIT, true, true, true", "LIGHT, RENEWAL, MAIL, false, false, false",
			"STANDARD, RENEWAL, ONLINE, true, false, false", "ACTIVE, RENEWAL, VISIT, true, true, true" })
	void terms(String plan, String phase, String mode, boolean online, boolean visits, boolean billed) {
		DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Map.of("plan", plan, "phase", phase))
			.getSingleResult();
		assertThat((String) result.getEntry("supportMode")).isEqualTo(mode);
		assertThat((Boolean) result.getEntry("onlineAllowed")).isEqualTo(online);
		assertThat((Boolean) result.getEntry("visitsAllowed")).isEqualTo(visits);
		assertThat((Boolean) result.getEntry("visitsBilled")).isEqualTo(billed);
		assertThat((String) result.getEntry("termsText")).isNotBlank();
		SupportTerms.Terms terms = new SupportTerms.Terms(SupportMode.valueOf(mode), online, visits, billed, "");
		assertThat(terms.allows(SupportMode.MAIL)).as("mail is always possible").isTrue();
		assertThat(terms.allows(SupportMode.VISIT)).isEqualTo(visits);
	}

	@ParameterizedTest(name = "CLIP-6 the renewal terms of {0} say whether it costs extra")
	@CsvSource({ "STANDARD, 追加料金はかかりません", "ACTIVE, スタンダードプランへ変更した場合は不要", "LIGHT, 追加料金はかかりません" })
	void renewalTexts(String plan, String says) {
		DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Map.of("plan", plan, "phase", "RENEWAL"))
			.getSingleResult();
		assertThat((String) result.getEntry("termsText")).contains(says);
	}

	@ParameterizedTest(name = "CLIP-1 an unknown plan {0} finds no row")
	@CsvSource({ "GOLD", "''" })
	void unknownPlan(String plan) {
		assertThatThrownBy(() -> engine.evaluateDecisionTable(decision, Map.of("plan", plan, "phase", "INITIAL"))
			.getSingleResult()
			.getEntry("supportMode")).isInstanceOf(NullPointerException.class);
	}

}
