package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.registration.RegistrationStatus;

/**
 * What a report may be (INC-1..INC-3, INC-7, CHG-5): plain rules, no engine, no database.
 * Whom a report is about is looked up by {@link IncidentChecks}; these rules judge the
 * facts it states.
 */
final class ReportRules {

	private ReportRules() {
	}

	/**
	 * INC-2, INC-3, INC-7, CHG-5: the dates, the category, the numbers of persons, the
	 * summary and the report's kind; no individual number in any text.
	 */
	static void checkFacts(IncidentRequest request, LocalDate today, Rules rules) {
		if (request.discoveredOn() == null) {
			rules.refuse("discoveredOn", RuleId.INC_2, "enter-day-incident-discovered");
		}
		else {
			rules.require(!request.discoveredOn().isAfter(today), "discoveredOn", RuleId.INC_2,
					"discovery-date-lies-future");
			rules.require(request.occurredOn() == null || !request.occurredOn().isAfter(request.discoveredOn()),
					"occurredOn", RuleId.INC_2, "incident-cannot-happen-after");
		}
		rules.require(request.category() != null, "category", RuleId.INC_7, "choose-incident-category");
		rules.require(request.personsAffected() != null && request.personsAffected() >= 0, "personsAffected",
				RuleId.INC_3, "enter-number-persons-affected");
		if (request.specificPersonal()) {
			rules.require(request.specificPersons() != null && request.specificPersons() > 0, "specificPersons",
					RuleId.INC_3, "enter-number-persons-whose-specific");
		}
		else {
			rules.require(request.specificPersons() == null || request.specificPersons() == 0, "specificPersons",
					RuleId.INC_3, "specific-personal-information-not");
			rules.require(!request.networkSystem() && !request.viewedByUnspecified(), "specificPersonal", RuleId.INC_3,
					"facts-concern-specific-information");
		}
		if (request.specificPersons() != null && request.personsAffected() != null) {
			rules.require(request.specificPersons() <= request.personsAffected(), "specificPersons", RuleId.INC_3,
					"more-persons-specific-personal");
		}
		rules.require(!blank(request.summary()), "summary", RuleId.INC_7, "describe-incident");
		rules.require(request.reportKind() != null, "reportKind", RuleId.INC_2, "choose-whether-first-notice-prompt");
		rules.require(request.reportedOn() == null || !request.reportedOn().isAfter(today), "reportedOn", RuleId.INC_2,
				"report-date-lies-future");
		rules.add(IndividualNumbers.check("summary", request.summary()));
		rules.add(IndividualNumbers.check("businessName", request.businessName()));
	}

	/**
	 * INC-2, INC-3: a later prompt or final report, under the field names of the API or
	 * of the task's form.
	 */
	static void checkLaterReport(ReportKind kind, LocalDate receivedOn, String summary, String receivedOnField,
			String summaryField, Rules rules) {
		rules.require(kind == ReportKind.PROMPT || kind == ReportKind.FINAL, "kind", RuleId.INC_2,
				"choose-report-kind");
		// a day already refused (not a date) is not asked for again
		rules.require(
				receivedOn != null
						|| rules.violations().stream().anyMatch((refused) -> refused.field().equals(receivedOnField)),
				receivedOnField, RuleId.INC_2, "enter-day-report-received");
		rules.require(!blank(summary), summaryField, RuleId.INC_2, "describe-report");
		rules.add(IndividualNumbers.check(summaryField, summary));
	}

	/**
	 * INC-1, INC-6: a registration an incident may concern and a measure may act on: in
	 * force, or suspended by another incident.
	 */
	static boolean actsOn(RegistrationStatus status) {
		return status.isValid() || status == RegistrationStatus.SUSPENDED;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
