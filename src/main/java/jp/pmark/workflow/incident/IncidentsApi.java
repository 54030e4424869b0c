package jp.pmark.workflow.incident;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.common.Recorded;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incident reports as the granting body's portal forwards them (INC-1..INC-7), their
 * later prompt and final reports, and their state.
 */
@RestController
@Tag(name = "事故の報告", description = "個人情報の取扱いに関する事故の報告（速報・確報）と、その措置")
class IncidentsApi {

	/** The report as JSON; codes and dates as text, so that a wrong one gets its rule. */
	record IncidentBody(String reporterStatus, String registrationNumber, String applicationNumber, String businessName,
			String corporateNumber, String discoveredOn, String occurredOn, String category, Boolean suspectedOnly,
			Integer personsAffected, Boolean sensitive, Boolean specificPersonal, Integer specificPersons,
			Boolean networkSystem, Boolean viewedByUnspecified, Boolean malicious, Boolean financialDamage,
			Boolean seriousViolation, Boolean secondaryDamageLikely, String summary, String reportKind,
			String reportedOn) {
	}

	/** A later prompt or final report. */
	record ReportBody(String kind, String receivedOn, String summary) {
	}

	private final Incidents incidents;

	private final ApiCaller caller;

	IncidentsApi(Incidents incidents, ApiCaller caller) {
		this.incidents = incidents;
		this.caller = caller;
	}

	@AllowedGroups(value = { StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS }, portal = true)
	@PostMapping("/api/incidents")
	@Operation(summary = "事故の報告を受け付ける",
			description = "付与事業者・審査中事業者・申請検討中事業者からの報告（INC-1）。速報の要否と確報の期限を判定表で決め、応答に含めます。本文のどこにも個人番号を含めないでください（CHG-5）。")
	ResponseEntity<Map<String, Object>> report(@RequestBody IncidentBody body) {
		String by = this.caller.requireAuthenticated();
		Rules rules = new Rules();
		IncidentRequest request = new IncidentRequest(
				code(ReporterStatus.class, body.reporterStatus(), "reporterStatus", RuleId.INC_1, rules),
				body.registrationNumber(), body.applicationNumber(), body.businessName(), body.corporateNumber(),
				date(body.discoveredOn(), "discoveredOn", RuleId.INC_2, rules),
				date(body.occurredOn(), "occurredOn", RuleId.INC_2, rules),
				code(IncidentCategory.class, body.category(), "category", RuleId.INC_7, rules),
				flag(body.suspectedOnly()), body.personsAffected(), flag(body.sensitive()),
				flag(body.specificPersonal()), body.specificPersons(), flag(body.networkSystem()),
				flag(body.viewedByUnspecified()), flag(body.malicious()), flag(body.financialDamage()),
				flag(body.seriousViolation()), flag(body.secondaryDamageLikely()), body.summary(),
				code(ReportKind.class, body.reportKind(), "reportKind", RuleId.INC_2, rules),
				date(body.reportedOn(), "reportedOn", RuleId.INC_2, rules), Channel.ONLINE);
		// a field already refused for its format is not refused again for being missing
		Rules checked = new Rules();
		this.incidents.check(request, checked);
		Set<String> refused = rules.violations().stream().map(RuleViolation::field).collect(Collectors.toSet());
		rules
			.addAll(checked.violations().stream().filter((violation) -> !refused.contains(violation.field())).toList());
		rules.throwIfAny();
		Recorded<Incident> recorded = this.incidents.receive(request, by);
		Incident incident = recorded.value();
		if (recorded.repeated()) {
			return ResponseEntity.ok(describe(incident));
		}
		return ResponseEntity.created(URI.create("/api/incidents/" + incident.getIncidentNumber()))
			.body(describe(incident));
	}

	@AllowedGroups(value = StaffGroup.RECEPTION, portal = true)
	@PostMapping("/api/incidents/{incidentNumber}/reports")
	@Operation(summary = "速報・確報を受け付ける", description = "待っている報告なら受付担当のタスクを完了し、期限を過ぎた報告は期限後として記録します。")
	ResponseEntity<Map<String, Object>> laterReport(@PathVariable String incidentNumber, @RequestBody ReportBody body) {
		String by = this.caller.requireAuthenticated();
		Rules rules = new Rules();
		ReportKind kind = code(ReportKind.class, body.kind(), "kind", RuleId.INC_2, rules);
		LocalDate receivedOn = date(body.receivedOn(), "receivedOn", RuleId.INC_2, rules);
		ReportRules.checkLaterReport(kind, receivedOn, body.summary(), "receivedOn", "summary", rules);
		rules.throwIfAny();
		Recorded<IncidentReport> recorded = this.incidents.submitReport(incidentNumber, kind, receivedOn,
				body.summary(), Channel.ONLINE, by);
		IncidentReport report = recorded.value();
		Map<String, Object> answer = describe(this.incidents.get(incidentNumber));
		answer.put("recorded", Map.of("kind", report.getKind().name(), "late", report.isLate()));
		return ResponseEntity.status(recorded.repeated() ? 200 : 201).body(answer);
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS, StaffGroup.COMMITTEE })
	@GetMapping("/api/incidents/{incidentNumber}")
	@Operation(summary = "事故の報告の状況を照会する")
	ResponseEntity<Map<String, Object>> status(@PathVariable String incidentNumber) {
		return this.incidents.find(incidentNumber)
			.map((incident) -> ResponseEntity.ok(describe(incident)))
			.orElse(ResponseEntity.notFound().build());
	}

	private Map<String, Object> describe(Incident incident) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("incidentNumber", incident.getIncidentNumber());
		body.put("businessName", incident.getBusinessName());
		body.put("reporterStatus", incident.getReporterStatus().name());
		body.put("category", incident.getCategory().name());
		body.put("discoveredOn", incident.getDiscoveredOn().toString());
		body.put("promptReportDue", incident.isPromptReportDue());
		body.put("promptTriggers", incident.promptTriggerCodes());
		body.put("promptDueOn", (incident.getPromptDueOn() == null) ? null : incident.getPromptDueOn().toString());
		body.put("finalReportDays", incident.getFinalReportDays());
		body.put("finalDueOn", incident.getFinalDueOn().toString());
		body.put("state", incident.getState().name());
		body.put("stateJa", incident.getState().japaneseName());
		body.put("reports", this.incidents.reports(incident).stream().map((report) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("kind", report.getKind().name());
			entry.put("receivedOn", report.getReceivedOn().toString());
			entry.put("late", report.isLate());
			return entry;
		}).toList());
		if (incident.getMeasure() != null) {
			body.put("measure", incident.getMeasure().name());
			body.put("measureJa", incident.getMeasure().japaneseName());
		}
		return body;
	}

	private static boolean flag(Boolean value) {
		return Boolean.TRUE.equals(value);
	}

	private static <E extends Enum<E>> E code(Class<E> type, String value, String field, RuleId rule, Rules rules) {
		if (value == null || value.isBlank()) {
			return null;
		}
		E parsed = null;
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.trim())) {
				parsed = constant;
			}
		}
		rules.require(parsed != null, field, rule, "not-a-code", value);
		return parsed;
	}

	private static LocalDate date(String value, String field, RuleId rule, Rules rules) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			rules.refuse(field, rule, "date-format");
			return null;
		}
	}

}
