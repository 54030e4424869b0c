package jp.pmark.workflow.fee;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** FEE-7: the DMN decision SizeClass, row by row and at every boundary of the table. */
class SizeClassDecisionTest {

	private static DmnEngine engine;

	private static DmnDecision decision;

	@BeforeAll
	static void parse() throws IOException {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = new FileInputStream("bpmn/SizeClass.dmn")) {
			decision = engine.parseDecision("SizeClass", dmn);
		}
	}

	@ParameterizedTest(name = "FEE-7 {0}, capital {1}, {2} people: {3}, {4} hours on site")
	@CsvSource(nullValues = "none", value = { "MANUFACTURING_OTHER, 10000000, 2, SMALL, 5",
			"MANUFACTURING_OTHER, 10000000, 20, SMALL, 5", "MANUFACTURING_OTHER, 10000000, 21, MEDIUM, 6",
			"MANUFACTURING_OTHER, 300000000, 301, MEDIUM, 6", "MANUFACTURING_OTHER, 300000001, 300, MEDIUM, 6",
			"MANUFACTURING_OTHER, 300000001, 301, LARGE, 8", "MANUFACTURING_OTHER, 1000000000, 15, SMALL, 5",
			"MANUFACTURING_OTHER, none, 300, MEDIUM, 6", "MANUFACTURING_OTHER, none, 301, LARGE, 8",
			"WHOLESALE, 10000000, 5, SMALL, 5", "WHOLESALE, 10000000, 6, MEDIUM, 6",
			"WHOLESALE, 100000000, 101, MEDIUM, 6", "WHOLESALE, 100000001, 101, LARGE, 8",
			"WHOLESALE, 100000001, 100, MEDIUM, 6", "WHOLESALE, none, 101, LARGE, 8", "RETAIL, 10000000, 5, SMALL, 5",
			"RETAIL, 10000000, 50, MEDIUM, 6", "RETAIL, 50000001, 51, LARGE, 8", "RETAIL, 50000000, 51, MEDIUM, 6",
			"RETAIL, none, 51, LARGE, 8", "SERVICES, 10000000, 5, SMALL, 5", "SERVICES, 10000000, 100, MEDIUM, 6",
			"SERVICES, 50000001, 101, LARGE, 8", "SERVICES, 50000001, 100, MEDIUM, 6",
			"SERVICES, 50000000, 101, MEDIUM, 6", "SERVICES, none, 101, LARGE, 8", "SERVICES, none, 6, MEDIUM, 6" })
	void sizeClass(String industry, Long capital, int headcount, String expected, int hours) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("industry", industry);
		facts.put("capitalYen", capital);
		facts.put("headcount", headcount);
		DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, facts).getSingleResult();
		assertThat((String) result.getEntry("sizeClass")).isEqualTo(expected);
		assertThat(((Number) result.getEntry("standardOnsiteHours")).intValue()).isEqualTo(hours);
	}

}
