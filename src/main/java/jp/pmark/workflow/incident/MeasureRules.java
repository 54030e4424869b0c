package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.registration.RegistrationStatus;

/**
 * The committee's measure (INC-6): what a judgement may be, how long a suspension runs
 * and where the incident stands after it. Plain rules, no engine, no database.
 */
final class MeasureRules {

	private MeasureRules() {
	}

	/** INC-6: a suspension lasts 1 month to under 1 year. */
	static final int LONGEST_SUSPENSION_MONTHS = 11;

	/**
	 * INC-6: the level, the measure (a suspension for 1 to 11 months; a suspension or
	 * revocation only on a registration that is in force or suspended), the meeting, the
	 * outside experts, the reason, and a day of decision between discovery and today; no
	 * individual number in any text.
	 * @param registrationStatus the registration's status, or null when the incident
	 * concerns none or the measure does not act on one
	 * @param registrationNumber its number, for the refusal
	 */
	static void checkJudgement(JudgeIncidentForm.Input input, boolean hasRegistration,
			RegistrationStatus registrationStatus, String registrationNumber, LocalDate discoveredOn, LocalDate today,
			Rules rules) {
		IncidentMeasure measure = input.measure();
		rules.require((input.levelText() != null), "levelText", RuleId.INC_6, "enter-disqualification-level");
		if (measure == null) {
			rules.refuse("measure", RuleId.INC_6, "choose-measure");
		}
		else {
			if (measure == IncidentMeasure.SUSPENSION) {
				Integer months = input.suspensionMonths();
				rules.require(months != null && months >= 1 && months <= LONGEST_SUSPENSION_MONTHS, "suspensionMonths",
						RuleId.INC_6, "suspension-lasts-1-11-months");
			}
			rules.require(!measure.needsRegistration() || hasRegistration, "measure", RuleId.INC_6,
					"suspension-revocation-act");
			if (measure.needsRegistration() && registrationStatus != null) {
				// e.g. revoked after another incident while this one waited for its
				// judgement
				rules.require(ReportRules.actsOn(registrationStatus), "measure", RuleId.INC_6,
						"registration-no-longer-force", registrationNumber, registrationStatus.japaneseName());
			}
		}
		rules.require((input.committeeMeeting() != null), "committeeMeeting", RuleId.INC_6, "enter-committee-meeting");
		rules.require((input.outsideExperts() != null), "outsideExperts", RuleId.INC_6,
				"enter-outside-experts-who-took");
		rules.require((input.decisionReason() != null), "decisionReason", RuleId.INC_6, "enter-reason");
		LocalDate decidedOn = input.decidedOn();
		rules.require(decidedOn != null && !decidedOn.isAfter(today) && !decidedOn.isBefore(discoveredOn), "decidedOn",
				RuleId.INC_6, "enter-day-decision");
		rules.add(IndividualNumbers.check("levelText", input.levelText()));
		rules.add(IndividualNumbers.check("decisionReason", input.decisionReason()));
		rules.add(IndividualNumbers.check("committeeMeeting", input.committeeMeeting()));
		rules.add(IndividualNumbers.check("outsideExperts", input.outsideExperts()));
	}

	/** INC-6: the months the judgement records: only a suspension has any. */
	static Integer suspensionMonths(IncidentMeasure measure, Integer months) {
		return (measure == IncidentMeasure.SUSPENSION) ? months : null;
	}

	/** INC-6: the last day of a suspension of so many months from the day of decision. */
	static LocalDate suspensionUntil(LocalDate from, int months) {
		return from.plusMonths(months).minusDays(1);
	}

	/**
	 * INC-6: the first day after the suspension, when the registration is in force again.
	 */
	static LocalDate suspensionEndsOn(LocalDate until) {
		return until.plusDays(1);
	}

	/** INC-6: a suspension still runs on its last day. */
	static boolean stillSuspends(LocalDate until, LocalDate today) {
		return !until.isBefore(today);
	}

	/**
	 * INC-6: where the incident stands once the measure reached the registration: a
	 * suspension waits for its end, any other measure closes it.
	 */
	static Incident.State stateAfter(IncidentMeasure measure) {
		return (measure == IncidentMeasure.SUSPENSION) ? Incident.State.SUSPENSION : Incident.State.CLOSED;
	}

}
