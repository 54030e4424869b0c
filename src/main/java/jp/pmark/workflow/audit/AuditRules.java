package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.common.FormTexts;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

/**
 * What the audit's forms accept (AUD-1, DOC-4, FEE-7, SITE-2, SITE-3, INT-12, FND-2,
 * CHG-5): plain rules over a form's input and the facts of the case they need, no Spring,
 * no engine ({@code AuditRulesTest}); the forms read the case and record.
 */
final class AuditRules {

	private AuditRules() {
	}

	/**
	 * AUD-1 DOC-4 FEE-7: the audit plan.
	 * @param today the day it is made
	 * @param standardHours the standard on-site hours of the business's size, if known
	 */
	static void plan(AuditPlanForm.Input input, LocalDate today, Integer standardHours, Rules rules) {
		LocalDate due = input.documentReviewDue();
		LocalDate from = input.onsiteFrom();
		LocalDate to = input.onsiteTo();
		rules.require(due != null, "documentReviewDue", RuleId.AUD_1, "enter-document-review-due-date");
		rules.require(from != null && to != null, "onsiteFrom", RuleId.AUD_1, "enter-planned-period-site-audit");
		if (due != null && from != null && to != null) {
			rules.require(!due.isBefore(today), "documentReviewDue", RuleId.AUD_1, "document-review-due-date-cannot");
			rules.require(!from.isBefore(due), "onsiteFrom", RuleId.DOC_4, "plan-site-audit-after-document");
			rules.require(!to.isBefore(from), "onsiteTo", RuleId.AUD_1, "period-ends-before-starts");
		}
		Integer hours = input.onsiteHours();
		rules.require(hours != null && hours >= 1 && hours <= 40, "onsiteHours", RuleId.FEE_7, "enter-onsite-hours");
		if (hours != null && standardHours != null && hours < standardHours) {
			rules.require((input.planNotes() != null), "planNotes", RuleId.FEE_7, "explain-why-site-audit-shorter",
					standardHours);
		}
		rules.add(IndividualNumbers.check("planNotes", input.planNotes()));
	}

	/**
	 * SITE-2 SITE-3 INT-12: the record of the on-site audit, held on or before today.
	 */
	static void onsiteRecord(OnsiteRecordForm.Input input, LocalDate today, Rules rules) {
		OnsiteRecordForm.OnsiteOutcome outcome = input.onsiteOutcome();
		rules.require(outcome != null, "onsiteOutcome", RuleId.SITE_2, "choose-whether-audit-completed");
		LocalDate heldOn = input.heldOn();
		rules.require(heldOn != null && !heldOn.isAfter(today), "heldOn", RuleId.SITE_2, "enter-day-audit-held-today");
		List<OnsiteRecordForm.Attendee> attendees = OnsiteRecordForm.parseAttendees(input, rules);
		rules.require(!attendees.isEmpty(), "attendees", RuleId.INT_12, "enter-each-attendee-name-position");
		List<String> others = attendees.stream()
			.filter((attendee) -> attendee.relation() == AttendeeRelation.OTHER)
			.map(OnsiteRecordForm.Attendee::name)
			.toList();
		if (outcome == OnsiteRecordForm.OnsiteOutcome.COMPLETED) {
			rules.require(others.isEmpty(), "attendees", RuleId.INT_12, "outsider-attended", String.join("、", others));
			for (int i = 0; i < 4; i++) {
				rules.require(input.parts()[i] != null, AuditTexts.SITE2_FIELDS[i], RuleId.SITE_2, "record-part-audit",
						AuditTexts.SITE2[i], (i + 1));
			}
			for (int i = 0; i < 7; i++) {
				rules.require(input.findings()[i] != null, AuditTexts.SITE3_FIELDS[i], RuleId.SITE_3, "enter-finding",
						AuditTexts.SITE3[i], AuditTexts.SITE3_FIELDS[i]);
			}
		}
		else if (outcome == OnsiteRecordForm.OnsiteOutcome.TERMINATED) {
			rules.require((input.terminationReason() != null), "terminationReason", RuleId.INT_12,
					"enter-why-audit-terminated");
		}
		rules.add(IndividualNumbers.check("attendees", input.attendees()));
		rules.add(IndividualNumbers.check("terminationReason", input.terminationReason()));
		for (int i = 0; i < 4; i++) {
			rules.add(IndividualNumbers.check(AuditTexts.SITE2_FIELDS[i], input.parts()[i]));
		}
		for (int i = 0; i < 7; i++) {
			rules.add(IndividualNumbers.check(AuditTexts.SITE3_FIELDS[i], input.findings()[i]));
		}
	}

	/**
	 * FND-2: the findings document, i to v; a renewal compares with the earlier
	 * assessment (FND-2 iv).
	 */
	static void findings(FindingsDocumentForm.Input input, boolean renewal, Rules rules) {
		LocalDate issuedOn = input.issuedOn();
		rules.require(issuedOn != null, "issuedOn", RuleId.FND_2, "i-enter-issue-date");
		rules.require(input.onsiteAuditOn() != null, "onsiteAuditOn", RuleId.FND_2, "ii-enter-site-audit-date");
		if (issuedOn != null && input.onsiteAuditOn() != null) {
			rules.require(!issuedOn.isBefore(input.onsiteAuditOn()), "issuedOn", RuleId.FND_2,
					"issue-date-before-site-audit");
		}
		rules.require((input.responsiblePerson() != null), "responsiblePerson", RuleId.FND_2,
				"iii-enter-name-person-responsible");
		rules.require((input.conformityOpinion() != null), "conformityOpinion", RuleId.FND_2,
				"iv-enter-opinion-conformity");
		rules.require(!FormTexts.lines(input.nonconformities()).isEmpty(), "nonconformities", RuleId.FND_2,
				"iv-state-each-nonconformity-one");
		if (renewal) {
			rules.require((input.comparisonWithPrevious() != null), "comparisonWithPrevious", RuleId.FND_2,
					"iv-compare-earlier-assessment");
		}
		if (input.differsFromOnsite()) {
			rules.require((input.differenceExplanation() != null), "differenceExplanation", RuleId.FND_2,
					"v-explain-how-differs-from");
		}
		rules.add(IndividualNumbers.check("conformityOpinion", input.conformityOpinion()));
		rules.add(IndividualNumbers.check("nonconformities", input.nonconformities()));
		rules.add(IndividualNumbers.check("comparisonWithPrevious", input.comparisonWithPrevious()));
		rules.add(IndividualNumbers.check("differenceExplanation", input.differenceExplanation()));
		rules.add(IndividualNumbers.check("responsiblePerson", input.responsiblePerson()));
	}

}
