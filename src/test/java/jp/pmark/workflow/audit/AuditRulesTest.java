package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit's forms' rules on their own: no Spring, no engine, no database. */
class AuditRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	static List<String> refused(Rules rules) {
		return rules.violations().stream().map((violation) -> violation.ruleId() + " " + violation.field()).toList();
	}

	static AuditPlanForm.Input plan(String due, String from, String to, Integer hours, String notes) {
		return new AuditPlanForm.Input(LocalDate.parse(due), LocalDate.parse(from), LocalDate.parse(to), hours, notes);
	}

	@ParameterizedTest(name = "AUD-1 DOC-4 FEE-7 plan {0} / {1}..{2}, {3} h of {4}, notes ''{5}'': {6}")
	@CsvSource(textBlock = """
			2026-12-20, 2027-01-10, 2027-01-11, 8, 8,  ,                 ''
			2026-12-07, 2026-12-07, 2026-12-07, 8, 8,  ,                 ''
			2026-12-04, 2027-01-10, 2027-01-11, 8, 8,  ,                 AUD-1 documentReviewDue
			2026-12-20, 2026-12-19, 2027-01-11, 8, 8,  ,                 DOC-4 onsiteFrom
			2026-12-20, 2027-01-10, 2027-01-09, 8, 8,  ,                 AUD-1 onsiteTo
			2026-12-20, 2027-01-10, 2027-01-11, 0, 8,  ,                 FEE-7 onsiteHours; FEE-7 planNotes
			2026-12-20, 2027-01-10, 2027-01-11, 41, 8, ,                 FEE-7 onsiteHours
			2026-12-20, 2027-01-10, 2027-01-11, 6, 8,  ,                 FEE-7 planNotes
			2026-12-20, 2027-01-10, 2027-01-11, 6, 8,  任意書類が事前に提出された, ''
			2026-12-20, 2027-01-10, 2027-01-11, 6, ,   ,                 ''
			""")
	void plan(String due, String from, String to, Integer hours, Integer standard, String notes, String expected) {
		Rules rules = new Rules();
		AuditRules.plan(plan(due, from, to, hours, notes), TODAY, standard, rules);
		assertThat(String.join("; ", refused(rules))).isEqualTo(expected);
	}

	@Test
	@DisplayName("AUD-1 a plan without its dates is refused for each, and nothing is compared")
	void planWithoutDates() {
		Rules rules = new Rules();
		AuditRules.plan(new AuditPlanForm.Input(null, null, null, 8, null), TODAY, 8, rules);
		assertThat(refused(rules)).containsExactly("AUD-1 documentReviewDue", "AUD-1 onsiteFrom");
	}

	static OnsiteRecordForm.Input onsite(LocalDate heldOn, String attendees, String part, String finding,
			OnsiteRecordForm.OnsiteOutcome outcome, String terminationReason) {
		return new OnsiteRecordForm.Input(heldOn, attendees, part, part, part, part, finding, finding, finding, finding,
				finding, finding, finding, false, outcome, terminationReason);
	}

	@Test
	@DisplayName("SITE-2 SITE-3 INT-12 a completed on-site audit records its four parts, the findings a) to g), and only officers and employees attended")
	void onsiteCompleted() {
		Rules rules = new Rules();
		AuditRules.onsiteRecord(onsite(TODAY, "山田 太郎, 代表取締役, 役員\n佐藤 一郎, 管理者, 従業者", "確認した", "適切",
				OnsiteRecordForm.OnsiteOutcome.COMPLETED, null), TODAY, rules);
		assertThat(refused(rules)).isEmpty();

		Rules missing = new Rules();
		AuditRules.onsiteRecord(onsite(TODAY, "山田 太郎, 代表取締役, 役員\n田中 花子, コンサルタント, 外部", null, null,
				OnsiteRecordForm.OnsiteOutcome.COMPLETED, null), TODAY, missing);
		assertThat(refused(missing))
			.contains("INT-12 attendees", "SITE-2 topInterview", "SITE-2 closingSummary", "SITE-3 findingA",
					"SITE-3 findingG")
			.hasSize(1 + 4 + 7);
	}

	@Test
	@DisplayName("SITE-2 INT-12 an audit held tomorrow, without attendees, or ended early without a reason is refused; a line that is not name, position, relation is named")
	void onsiteRefused() {
		Rules rules = new Rules();
		AuditRules.onsiteRecord(
				onsite(TODAY.plusDays(1), "山田 太郎 代表取締役", "確認した", "適切", OnsiteRecordForm.OnsiteOutcome.TERMINATED, null),
				TODAY, rules);
		assertThat(refused(rules)).containsExactlyInAnyOrder("SITE-2 heldOn", "INT-12 attendees", "INT-12 attendees",
				"INT-12 terminationReason");
		assertThat(rules.violations()).extracting(RuleViolation::messageJa).anyMatch((m) -> m.contains("1"));

		Rules none = new Rules();
		AuditRules.onsiteRecord(onsite(TODAY, "山田 太郎, 代表取締役, 役員", "確認した", "適切", null, null), TODAY, none);
		assertThat(refused(none)).containsExactly("SITE-2 onsiteOutcome");
	}

	static FindingsDocumentForm.Input findings(String comparison, boolean differs, String explanation) {
		return new FindingsDocumentForm.Input(TODAY, TODAY.minusDays(3), "試験 主任一", "おおむね適合している", "教育の記録がない\n内部監査の報告がない",
				comparison, differs, explanation);
	}

	@Test
	@DisplayName("FND-2 i-v the findings document: dates in order, the person responsible, the opinion, each nonconformity; a renewal compares with the earlier assessment; a difference from what was said on site is explained")
	void findingsDocument() {
		Rules complete = new Rules();
		AuditRules.findings(findings(null, false, null), false, complete);
		assertThat(refused(complete)).isEmpty();

		Rules renewal = new Rules();
		AuditRules.findings(findings(null, true, null), true, renewal);
		assertThat(refused(renewal)).containsExactly("FND-2 comparisonWithPrevious", "FND-2 differenceExplanation");

		Rules early = new Rules();
		AuditRules.findings(new FindingsDocumentForm.Input(TODAY.minusDays(5), TODAY.minusDays(3), null, null, " \n",
				null, false, null), false, early);
		assertThat(refused(early)).containsExactly("FND-2 issuedOn", "FND-2 responsiblePerson",
				"FND-2 conformityOpinion", "FND-2 nonconformities");
	}

	@Test
	@DisplayName("CHG-5 no text of the audit's forms may carry an individual number")
	void individualNumbers() {
		Rules rules = new Rules();
		AuditRules.findings(new FindingsDocumentForm.Input(TODAY, TODAY, "試験 主任一", "担当者の番号 123456789018", "教育の記録がない",
				null, false, null), false, rules);
		assertThat(refused(rules)).containsExactly("CHG-5 conformityOpinion");
	}

}
