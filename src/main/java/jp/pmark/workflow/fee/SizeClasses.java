package jp.pmark.workflow.fee;

import java.util.HashMap;
import java.util.Map;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;

import org.springframework.stereotype.Component;

/** FEE-7: the size class of an applicant, by the DMN decision {@code SizeClass}. */
@Component
public class SizeClasses {

	public static final String DECISION_KEY = "SizeClass";

	private final DecisionService decisionService;

	private final EngineCalls engineCalls;

	private final Applications applications;

	SizeClasses(DecisionService decisionService, Applications applications, EngineCalls engineCalls) {
		this.decisionService = decisionService;
		this.engineCalls = engineCalls;
		this.applications = applications;
	}

	/**
	 * Decides the size class and standard on-site hours, and records them on the
	 * application.
	 */
	public String decide(Application application) {
		Applicant applicant = application.getApplicant();
		Map<String, Object> facts = new HashMap<>();
		facts.put("industry", (applicant.getIndustry() == null) ? null : applicant.getIndustry().name());
		facts.put("capitalYen", applicant.getCapitalYen());
		facts.put("headcount", applicant.getHeadcount());
		DmnDecisionResultEntries result = this.engineCalls
			.onBehalfOfCaller(() -> this.decisionService.evaluateDecisionByKey(DECISION_KEY)
				.variables(facts)
				.evaluate()
				.getSingleResult());
		String sizeClass = result.getEntry("sizeClass");
		Number hours = result.getEntry("standardOnsiteHours");
		this.applications.setSizeClass(application.getApplicationNumber(), sizeClass, hours.intValue());
		return sizeClass;
	}

}
