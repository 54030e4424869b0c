package jp.pmark.workflow.incident;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * INC-2, INC-3: the decision table IncidentPromptReport against every trigger of seed 002
 * (both lists), each boundary and combinations; IncidentFinalReportDays for both
 * deadlines.
 */
class IncidentReportDeadlinesTest {

	private static DmnEngine engine;

	private static DmnDecision prompt;

	private static DmnDecision finalDays;

	@BeforeAll
	static void parse() throws IOException {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = new FileInputStream("bpmn/IncidentReportDeadlines.dmn")) {
			prompt = engine.parseDecision(IncidentTriggers.PROMPT_DECISION, dmn);
		}
		try (InputStream dmn = new FileInputStream("bpmn/IncidentReportDeadlines.dmn")) {
			finalDays = engine.parseDecision(IncidentTriggers.FINAL_DECISION, dmn);
		}
	}

	/** No trigger: an ordinary leak of 10 persons' data. */
	static Map<String, Object> ordinary() {
		Map<String, Object> facts = new HashMap<>();
		facts.put("sensitive", false);
		facts.put("financialDamage", false);
		facts.put("malicious", false);
		facts.put("personsAffected", 10);
		facts.put("seriousViolation", false);
		facts.put("specificPersonal", false);
		facts.put("networkSystem", false);
		facts.put("viewedByUnspecified", false);
		facts.put("specificPersons", 0);
		facts.put("category", "LEAK");
		return facts;
	}

	List<String> triggers(Map<String, Object> facts) {
		return engine.evaluateDecisionTable(prompt, facts).collectEntries("trigger");
	}

	/**
	 * Each row sets some facts over {@link #ordinary()} (key=value, separated by spaces)
	 * and names the triggers expected, in the table's order.
	 */
	@ParameterizedTest(name = "INC-3 {2}: {0} → {1}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					-                                                                   | -                                                    | nothing applies: no prompt report
					sensitive=true                                                      | SENSITIVE                                            | 1 要配慮個人情報
					financialDamage=true                                                | FINANCIAL_DAMAGE                                     | 2 財産的被害のおそれ
					malicious=true                                                      | MALICIOUS                                            | 3 不正の目的のおそれ
					personsAffected=1000                                                | -                                                    | 4 boundary: 1,000 persons is not more than 1,000
					personsAffected=1001                                                | OVER_1000_PERSONS                                    | 4 boundary: 1,001 persons
					seriousViolation=true                                               | SERIOUS_VIOLATION                                    | 5 重大な違反と付与機関が認めた
					specificPersonal=true networkSystem=true category=LEAK              | MYNUMBER_NETWORK_SYSTEM                              | マイナンバー 1 ネットワークシステム等からの漏えい
					specificPersonal=true networkSystem=true category=DESTRUCTION       | MYNUMBER_NETWORK_SYSTEM                              | マイナンバー 1 ネットワークシステム等からの滅失・き損
					specificPersonal=true networkSystem=true category=LOSS              | MYNUMBER_NETWORK_SYSTEM                              | マイナンバー 1 紛失も漏えいのおそれとして
					specificPersonal=true networkSystem=true category=BEYOND_PURPOSE    | -                                                    | マイナンバー 1 目的外利用はこの事由に当たらない
					specificPersonal=false networkSystem=true category=LEAK             | -                                                    | マイナンバー 1 特定個人情報がなければ当たらない
					specificPersonal=true viewedByUnspecified=true category=MISUSE      | MYNUMBER_VIEWED_BY_UNSPECIFIED                       | マイナンバー 2 不特定多数の者に閲覧された
					specificPersonal=false viewedByUnspecified=true                     | -                                                    | マイナンバー 2 特定個人情報がなければ当たらない
					specificPersonal=true malicious=true category=LEAK                  | MALICIOUS,MYNUMBER_MALICIOUS                         | マイナンバー 3 不正の目的による漏えい（一般の3にも当たる）
					specificPersonal=true malicious=true category=FALSIFICATION         | MALICIOUS                                            | マイナンバー 3 改ざんは漏えい・滅失・き損ではない
					specificPersonal=true specificPersons=100                           | -                                                    | マイナンバー 4 boundary: 100 persons is not more than 100
					specificPersonal=true specificPersons=101                           | MYNUMBER_OVER_100_PERSONS                            | マイナンバー 4 boundary: 101 persons
					specificPersonal=false specificPersons=101                          | -                                                    | マイナンバー 4 特定個人情報がなければ当たらない
					sensitive=true personsAffected=1001                                 | SENSITIVE,OVER_1000_PERSONS                          | combination: 要配慮 and more than 1,000
					financialDamage=true malicious=true seriousViolation=true           | FINANCIAL_DAMAGE,MALICIOUS,SERIOUS_VIOLATION         | combination: 2, 3 and 5
					specificPersonal=true specificPersons=101 personsAffected=1001 viewedByUnspecified=true | OVER_1000_PERSONS,MYNUMBER_VIEWED_BY_UNSPECIFIED,MYNUMBER_OVER_100_PERSONS | combination: both lists
					sensitive=true financialDamage=true malicious=true personsAffected=5000 seriousViolation=true specificPersonal=true networkSystem=true viewedByUnspecified=true specificPersons=200 | SENSITIVE,FINANCIAL_DAMAGE,MALICIOUS,OVER_1000_PERSONS,SERIOUS_VIOLATION,MYNUMBER_NETWORK_SYSTEM,MYNUMBER_VIEWED_BY_UNSPECIFIED,MYNUMBER_MALICIOUS,MYNUMBER_OVER_100_PERSONS | combination: every trigger
					""")
	void promptReport(String given, String expected, String row) {
		Map<String, Object> facts = ordinary();
		if (given != null) {
			for (String pair : given.trim().split("\\s+")) {
				String[] keyValue = pair.split("=");
				Object value = switch (keyValue[1]) {
					case "true" -> true;
					case "false" -> false;
					default -> keyValue[1].matches("\\d+") ? (Object) Integer.valueOf(keyValue[1]) : keyValue[1];
				};
				facts.put(keyValue[0], value);
			}
		}
		List<String> want = (expected == null) ? List.of() : Arrays.asList(expected.split(","));
		assertThat(triggers(facts)).as(row).containsExactlyElementsOf(want);
	}

	@Test
	@DisplayName("INC-3 every trigger gives its reason in Japanese")
	void reasons() {
		Map<String, Object> facts = ordinary();
		facts.put("sensitive", true);
		facts.put("personsAffected", 1001);
		assertThat(engine.evaluateDecisionTable(prompt, facts).<String>collectEntries("reason"))
			.containsExactly("1 要配慮個人情報が含まれる事故等", "4 個人データに係る本人の数が1,000人を超える事故等");
	}

	@ParameterizedTest(name = "INC-2 malicious={0}: the final report is due {1} days after discovery")
	@CsvSource({ "false, 30", "true, 60" })
	void finalReportDays(boolean malicious, int days) {
		Map<String, Object> facts = ordinary();
		facts.put("malicious", malicious);
		Number result = engine.evaluateDecisionTable(finalDays, facts).getSingleResult().getEntry("finalReportDays");
		assertThat(result.intValue()).isEqualTo(days);
	}

}
