package jp.pmark.workflow.clip;

import java.util.Map;

import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;

import org.springframework.stereotype.Component;

/**
 * CLIP-2, CLIP-6: how a plan is supported until certification and at renewal, by the
 * association's decision table {@code bpmn/ClipSupportTerms.dmn}.
 */
@Component
public class SupportTerms {

	public static final String DECISION_KEY = "ClipSupportTerms";

	/** When the support is given. */
	public enum Phase {

		/** Until the first certification (CLIP-2). */
		INITIAL,

		/** Before a yearly renewal (CLIP-6). */
		RENEWAL;

		static Phase of(int cycle) {
			return (cycle <= 1) ? INITIAL : RENEWAL;
		}

	}

	/**
	 * What the table decided.
	 *
	 * @param mode the plan's way of support
	 * @param onlineAllowed whether the advisor may hold online sessions
	 * @param visitsAllowed whether the advisor may visit
	 * @param visitsBilled whether visit days and travel are billed
	 * @param text the terms in Japanese, as forms and letters show them
	 */
	public record Terms(SupportMode mode, boolean onlineAllowed, boolean visitsAllowed, boolean visitsBilled,
			String text) {

		/** Whether a session of this mode may be recorded. */
		public boolean allows(SupportMode session) {
			return switch (session) {
				case MAIL -> true;
				case ONLINE -> this.onlineAllowed;
				case VISIT -> this.visitsAllowed;
			};
		}

	}

	private final DecisionService decisionService;

	private final EngineCalls engineCalls;

	SupportTerms(DecisionService decisionService, EngineCalls engineCalls) {
		this.decisionService = decisionService;
		this.engineCalls = engineCalls;
	}

	public Terms of(ClipPlan plan, Phase phase) {
		DmnDecisionResultEntries result = this.engineCalls
			.onBehalfOfCaller(() -> this.decisionService.evaluateDecisionByKey(DECISION_KEY)
				.variables(Map.of("plan", plan.name(), "phase", phase.name()))
				.evaluate()
				.getSingleResult());
		return new Terms(SupportMode.valueOf(result.getEntry("supportMode")),
				Boolean.TRUE.equals(result.getEntry("onlineAllowed")),
				Boolean.TRUE.equals(result.getEntry("visitsAllowed")),
				Boolean.TRUE.equals(result.getEntry("visitsBilled")), result.getEntry("termsText"));
	}

	/** The terms of a business now: its plan, in its current cycle. */
	public Terms of(ClipBusiness business) {
		return of(business.getPlan(), Phase.of(business.getCycle()));
	}

}
