package jp.pmark.workflow.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;

import org.springframework.stereotype.Component;

/**
 * INC-2, INC-3: asks the decision table {@code bpmn/IncidentReportDeadlines.dmn} whether
 * a prompt report is due, by which triggers, and in how many days the final report is
 * due.
 */
@Component
public class IncidentTriggers {

	public static final String PROMPT_DECISION = "IncidentPromptReport";

	public static final String FINAL_DECISION = "IncidentFinalReportDays";

	/** What the table said. */
	public record Result(List<String> triggers, List<String> reasons, int finalReportDays, String finalReason) {

		public boolean promptReportDue() {
			return !this.triggers.isEmpty();
		}

	}

	private final DecisionService decisions;

	private final EngineCalls engineCalls;

	IncidentTriggers(DecisionService decisions, EngineCalls engineCalls) {
		this.decisions = decisions;
		this.engineCalls = engineCalls;
	}

	public Result evaluate(Incident incident) {
		Map<String, Object> facts = facts(incident);
		DmnDecisionResult prompt = this.engineCalls
			.onBehalfOfCaller(() -> this.decisions.evaluateDecisionByKey(PROMPT_DECISION).variables(facts).evaluate());
		DmnDecisionResult deadline = this.engineCalls
			.onBehalfOfCaller(() -> this.decisions.evaluateDecisionByKey(FINAL_DECISION).variables(facts).evaluate());
		Number days = deadline.getSingleResult().getEntry("finalReportDays");
		return new Result(prompt.collectEntries("trigger"), prompt.collectEntries("reason"), days.intValue(),
				deadline.getSingleResult().getEntry("reason"));
	}

	static Map<String, Object> facts(Incident incident) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("sensitive", incident.isSensitive());
		facts.put("financialDamage", incident.isFinancialDamage());
		facts.put("malicious", incident.isMalicious());
		facts.put("personsAffected", incident.getPersonsAffected());
		facts.put("seriousViolation", incident.isSeriousViolation());
		facts.put("specificPersonal", incident.isSpecificPersonal());
		facts.put("networkSystem", incident.isNetworkSystem());
		facts.put("viewedByUnspecified", incident.isViewedByUnspecified());
		facts.put("specificPersons", incident.getSpecificPersons());
		facts.put("category", incident.getCategory().name());
		return facts;
	}

}
