package jp.pmark.workflow.merger;

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

/**
 * MRG-1: the decision table MergerClassification against every row of the two tables of
 * seed 002 (合併・分社の手続き): types 1..9, 7特例 and 8又は9の特例 during validity, classes (1)..(6)
 * during assessment, and what fits none.
 */
class MergerClassificationTest {

	private static DmnEngine engine;

	private static DmnDecision decision;

	@BeforeAll
	static void parse() throws IOException {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = new FileInputStream("bpmn/MergerClassification.dmn")) {
			decision = engine.parseDecision(MergerClassification.DECISION_KEY, dmn);
		}
	}

	@ParameterizedTest(name = "MRG-1 {8}: {6} → {7}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# during validity: the table "有効期間中に合併・分社等が発効の場合"
					DURING_VALIDITY   | HOLDER      | NEW_BUSINESS      | NONE       | false | false | 1          | CONTINUES         | -                 | -                                          | 1 付与事業者が新規に事業を立ち上げる
					DURING_VALIDITY   | HOLDER      | SUCCESSION_IN     | HOLDER     | false | false | 2          | CONTINUES         | -                 | -                                          | 2 他の付与事業者から事業を承継
					DURING_VALIDITY   | HOLDER      | SUCCESSION_IN     | NON_HOLDER | false | false | 3          | CONTINUES         | -                 | REPORT,REGISTRY,CONTRACT,PMS               | 3 非付与事業者から事業を承継
					DURING_VALIDITY   | HOLDER      | MERGER_SURVIVING  | HOLDER     | false | false | 4          | CONTINUES         | ENDS              | REPORT,REGISTRY,CONTRACT,PMS               | 4 付与事業者と合併し存続
					DURING_VALIDITY   | HOLDER      | MERGER_ABSORBED   | HOLDER     | true  | false | 4          | ENDS              | CONTINUES         | REPORT,REGISTRY,CONTRACT                   | 4 付与事業者と合併し消滅
					DURING_VALIDITY   | HOLDER      | MERGER_SURVIVING  | NON_HOLDER | false | false | 5          | CONTINUES         | -                 | REPORT,REGISTRY,CONTRACT,PMS               | 5 非付与事業者と合併し存続
					DURING_VALIDITY   | HOLDER      | NEW_COMPANY_SPLIT | NON_HOLDER | false | false | 6          | CONTINUES         | NEEDS_APPLICATION | REPORT,REGISTRY,CONTRACT                   | 6 新設分割で事業の一部を新設会社へ
					DURING_VALIDITY   | NEW_COMPANY | NEW_COMPANY_SPLIT | HOLDER     | false | false | 7          | NEEDS_APPLICATION | -                 | APPLICATION                                | 7 類型6の新設会社
					DURING_VALIDITY   | HOLDER      | NEW_COMPANY_SPLIT | NON_HOLDER | true  | false | 7特例      | PASSES            | -                 | REPORT,REGISTRY,CONTRACT,PMS,CONTINUATION  | 7特例 新設会社が事業の全部を承継
					DURING_VALIDITY   | HOLDER      | MERGER_ABSORBED   | NON_HOLDER | true  | false | 8          | ENDS              | -                 | REPORT,REGISTRY,CONTRACT                   | 8 吸収合併により消滅
					DURING_VALIDITY   | HOLDER      | SUCCESSION_OUT    | NON_HOLDER | false | false | 9          | CONTINUES         | -                 | -                                          | 9 事業譲渡・吸収分割で他へ承継させる
					DURING_VALIDITY   | HOLDER      | SUCCESSION_OUT    | HOLDER     | true  | false | 9          | CONTINUES         | -                 | -                                          | 9 全部を他の付与事業者へ
					DURING_VALIDITY   | HOLDER      | SUCCESSION_OUT    | NON_HOLDER | true  | true  | 8又は9の特例 | PASSES            | -                 | REPORT,REGISTRY,CONTRACT,PMS,CONTINUATION  | 9の特例 実質的に事業を行っていない非付与事業者が全部を承継
					DURING_VALIDITY   | HOLDER      | MERGER_ABSORBED   | NON_HOLDER | true  | true  | 8又は9の特例 | PASSES            | -                 | REPORT,REGISTRY,CONTRACT,PMS,CONTINUATION  | 8の特例 実質的に事業を行っていない非付与事業者に吸収される
					# during assessment: the table "審査中に合併・分社等が発効の場合"
					DURING_ASSESSMENT | APPLICANT   | NEW_BUSINESS      | NONE       | false | false | (1)        | CONTINUES         | -                 | REPORT,PMS                                 | (1) 新規に事業を立ち上げ拡大
					DURING_ASSESSMENT | APPLICANT   | SUCCESSION_IN     | NON_HOLDER | false | false | (2)        | CONTINUES         | -                 | REPORT,REGISTRY,CONTRACT,PMS               | (2) 事業譲渡・吸収分割により承継
					DURING_ASSESSMENT | APPLICANT   | MERGER_SURVIVING  | NON_HOLDER | false | false | (3)        | CONTINUES         | -                 | REPORT,REGISTRY,CONTRACT,PMS               | (3) 吸収合併し存続会社
					DURING_ASSESSMENT | APPLICANT   | MERGER_ABSORBED   | HOLDER     | true  | false | (4)        | NEEDS_APPLICATION | -                 | REPORT,REGISTRY,CONTRACT,APPLICATION       | (4) 吸収合併され消滅会社
					DURING_ASSESSMENT | APPLICANT   | MERGER_SURVIVING  | APPLICANT  | false | false | (5)        | CONTINUES         | ENDS              | REPORT,REGISTRY,CONTRACT,PMS               | (5) 申請中の事業者同士の合併（存続）
					DURING_ASSESSMENT | APPLICANT   | MERGER_ABSORBED   | APPLICANT  | true  | false | (5)        | ENDS              | CONTINUES         | REPORT,REGISTRY,CONTRACT                   | (5) 申請中の事業者同士の合併（消滅）
					DURING_ASSESSMENT | APPLICANT   | NEW_COMPANY_SPLIT | NON_HOLDER | false | false | (6)        | CONTINUES         | -                 | REPORT,REGISTRY,CONTRACT                   | (6) 新設分割で新設会社へ承継させる
					DURING_ASSESSMENT | APPLICANT   | SUCCESSION_OUT    | NON_HOLDER | false | false | (6)        | CONTINUES         | -                 | REPORT,REGISTRY,CONTRACT                   | (6) 事業譲渡・吸収分割で他へ承継させる
					# what fits none of the rows is asked about
					DURING_VALIDITY   | APPLICANT   | NEW_BUSINESS      | NONE       | false | false | 照会       | INQUIRE           | -                 | REPORT                                     | 照会 登録のない事業者の有効期間中
					DURING_VALIDITY   | NEW_COMPANY | NEW_COMPANY_SPLIT | HOLDER     | true  | false | 照会       | INQUIRE           | -                 | REPORT                                     | 照会 全部承継の新設会社は付与事業者の案件で扱う
					""")
	void classification(String timing, String party, String event, String counterparty, boolean wholeBusiness,
			boolean successorDormant, String type, String outcome, String counterpartyOutcome, String documents,
			String row) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("timing", timing);
		facts.put("party", party);
		facts.put("event", event);
		facts.put("counterparty", counterparty);
		facts.put("wholeBusiness", wholeBusiness);
		facts.put("successorDormant", successorDormant);
		DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, facts).getFirstResult();
		assertThat((String) result.getEntry("mergerType")).as(row).isEqualTo(type);
		assertThat((String) result.getEntry("outcome")).as(row).isEqualTo(outcome);
		assertThat((String) result.getEntry("counterpartyOutcome")).as(row)
			.isEqualTo((counterpartyOutcome == null) ? "" : counterpartyOutcome);
		assertThat((String) result.getEntry("documents")).as(row).isEqualTo((documents == null) ? "" : documents);
		assertThat((String) result.getEntry("status")).as(row).isNotBlank();
		assertThat(MergerDocumentType.parse(documents)).as("the codes name our documents")
			.hasSizeGreaterThanOrEqualTo(0);
	}

}
