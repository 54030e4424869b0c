package jp.pmark.workflow.clip;

import java.time.LocalDate;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-2, CLIP-6: the advisor's guidance sessions. The plan's terms (the association's
 * decision table) say how the business is supported: a session of another kind is
 * refused; a visit is billed per day at the plan's visit-day fee plus travel at cost
 * where the terms bill visits. A business that switches to Standard at its renewal is
 * then supported, and billed, as Standard.
 */
@Service
public class ClipGuidance {

	/** The most visit days one session records. */
	static final int MAX_VISIT_DAYS = 10;

	/** The most travel cost one session records, yen. */
	static final long MAX_TRAVEL_YEN = 1_000_000;

	private final ClipGuidanceSessionRepository sessions;

	private final ClipBusinessRepository businesses;

	private final SupportTerms terms;

	private final ClipProperties properties;

	ClipGuidance(ClipGuidanceSessionRepository sessions, ClipBusinessRepository businesses, SupportTerms terms,
			ClipProperties properties) {
		this.sessions = sessions;
		this.businesses = businesses;
		this.terms = terms;
		this.properties = properties;
	}

	/** A session as the advisor records it. */
	public record Session(LocalDate heldOn, SupportMode mode, Integer visitDays, Long travelCostYen, String topics,
			String rulesDrafted, String outsideConsultant, ClipPlan switchToPlan) {
	}

	/** Checks a session against the business's plan terms. */
	public void check(ClipBusiness business, Session session, LocalDate today, Rules rules) {
		ClipPlan plan = (session.switchToPlan() != null) ? session.switchToPlan() : business.getPlan();
		if (session.switchToPlan() != null) {
			rules.require(business.getCycle() > 1, "switchToPlan", RuleId.CLIP_6, "plan-switch-only-at-renewal");
		}
		SupportTerms.Terms terms = this.terms.of(plan, SupportTerms.Phase.of(business.getCycle()));
		if (session.heldOn() == null) {
			rules.refuse("heldOn", RuleId.CLIP_2, "enter-held-on");
		}
		else if (session.heldOn().isAfter(today)) {
			rules.refuse("heldOn", RuleId.CLIP_2, "date-not-in-future");
		}
		else if (session.heldOn().isBefore(business.getEnrolledOn())) {
			rules.refuse("heldOn", RuleId.CLIP_2, "held-before-enrolment", business.getEnrolledOn());
		}
		if (session.mode() == null) {
			rules.refuse("mode", RuleId.CLIP_2, "choose-mode");
		}
		else if (!terms.allows(session.mode())) {
			rules.refuse("mode", RuleId.CLIP_2, "mode-not-in-plan", plan.japaneseName(), session.mode().japaneseName());
		}
		if (session.mode() == SupportMode.VISIT) {
			rules.require(
					session.visitDays() != null && session.visitDays() >= 1 && session.visitDays() <= MAX_VISIT_DAYS,
					"visitDays", RuleId.CLIP_2, "visit-days-range", MAX_VISIT_DAYS);
			rules.require(
					session.travelCostYen() == null
							|| (session.travelCostYen() >= 0 && session.travelCostYen() <= MAX_TRAVEL_YEN),
					"travelCostYen", RuleId.CLIP_2, "travel-cost-range", MAX_TRAVEL_YEN);
		}
		else {
			rules.require(session.visitDays() == null || session.visitDays() == 0, "visitDays", RuleId.CLIP_2,
					"visit-days-only-for-visits");
			rules.require(session.travelCostYen() == null || session.travelCostYen() == 0, "travelCostYen",
					RuleId.CLIP_2, "visit-days-only-for-visits");
		}
		if (session.topics() == null || session.topics().isBlank()) {
			rules.refuse("topics", RuleId.CLIP_2, "enter-topics");
		}
		else if (session.topics().length() > 2000) {
			rules.refuse("topics", RuleId.CLIP_2, "text-too-long", 2000);
		}
		rules.require(session.rulesDrafted() == null || session.rulesDrafted().length() <= 2000, "rulesDrafted",
				RuleId.CLIP_2, "text-too-long", 2000);
		rules.require(session.outsideConsultant() == null || session.outsideConsultant().length() <= 200,
				"outsideConsultant", RuleId.CLIP_2, "text-too-long", 200);
	}

	/** Records a checked session and what it is billed; a plan switch takes effect. */
	@Transactional
	public ClipGuidanceSession record(ClipBusiness business, Session session, String advisor) {
		if (session.switchToPlan() != null) {
			business.switchPlan(session.switchToPlan());
		}
		if (session.outsideConsultant() != null && !session.outsideConsultant().isBlank()) {
			business.outsideConsultant(session.outsideConsultant().strip());
		}
		SupportTerms.Terms terms = this.terms.of(business);
		int days = (session.mode() == SupportMode.VISIT) ? session.visitDays() : 0;
		long travel = (session.mode() == SupportMode.VISIT && session.travelCostYen() != null) ? session.travelCostYen()
				: 0;
		long billed = (session.mode() == SupportMode.VISIT && terms.visitsBilled())
				? days * this.properties.scheduleOn(session.heldOn()).of(business.getPlan()).visitDayFee() + travel : 0;
		this.businesses.save(business);
		return this.sessions.save(new ClipGuidanceSession(business, session.heldOn(), session.mode(), days, travel,
				billed, session.topics().strip(), blankToNull(session.rulesDrafted()),
				blankToNull(session.outsideConsultant()), advisor));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
