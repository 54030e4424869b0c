package jp.pmark.workflow.incident;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.registration.RegistrationLifecycle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's measure (INC-6), bean {@code incidentMeasures} in the BPMN: records the
 * judgement, carries a suspension or revocation to the registration, tells the business,
 * and ends the suspension when its time is over.
 */
@Service("incidentMeasures")
public class IncidentMeasures {

	private final Incidents incidents;

	private final IncidentRepository incidentRepository;

	private final Applications applications;

	private final RegistrationLifecycle lifecycle;

	private final IncidentLetters letters;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	IncidentMeasures(Incidents incidents, IncidentRepository incidentRepository, Applications applications,
			RegistrationLifecycle lifecycle, IncidentLetters letters, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.incidents = incidents;
		this.incidentRepository = incidentRepository;
		this.applications = applications;
		this.lifecycle = lifecycle;
		this.letters = letters;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	/** INC-6: the committee's judgement. */
	@Transactional
	void judged(Incident incident, String levelText, IncidentMeasure measure, Integer suspensionMonths,
			String committeeMeeting, String outsideExperts, String decisionReason, LocalDate decidedOn, String by) {
		incident.judged(levelText.trim(), measure, MeasureRules.suspensionMonths(measure, suspensionMonths),
				committeeMeeting.trim(), outsideExperts.trim(), decisionReason.trim(), decidedOn, by);
		this.incidentRepository.save(incident);
	}

	/**
	 * INC-6: the committee's measure reaches the registration (a suspension or a
	 * revocation changes its status; a revocation ends its life cycle) and the business
	 * is told.
	 */
	@Transactional
	public void apply(String incidentNumber) {
		Incident incident = this.incidents.get(incidentNumber);
		String actor = this.currentUser.id();
		String reason = IncidentTexts.measureReason(incident);
		switch (incident.getMeasure()) {
			case SUSPENSION -> this.lifecycle.suspend(incident.getRegistrationId(), incident.getSuspensionFrom(),
					incident.getSuspensionUntil(), reason, actor);
			case REVOCATION -> this.lifecycle.revoke(incident.getRegistrationId(), reason, actor);
			default -> {
				if (incident.getRegistrationId() != null) {
					this.lifecycle.note(incident.getRegistrationId(), actor, "INCIDENT_MEASURE", reason);
				}
			}
		}
		incident.setState(MeasureRules.stateAfter(incident.getMeasure()));
		this.incidentRepository.save(incident);
		if (incident.getApplicationId() != null) {
			this.applications.journal(this.applications.get(incident.getApplicationId()).getApplicationNumber(),
					"INCIDENT_MEASURE", reason, actor);
		}
		this.letters.measure(incident, actor);
	}

	/** INC-6: the first day after the suspension. */
	public Date suspensionEndsAt(String incidentNumber) {
		LocalDate after = MeasureRules.suspensionEndsOn(this.incidents.get(incidentNumber).getSuspensionUntil());
		return Date.from(after.atStartOfDay(this.calendar.zone()).toInstant());
	}

	/** INC-6: the suspension ended; the registration is in force again. */
	@Transactional
	public void endSuspension(String incidentNumber) {
		Incident incident = this.incidents.get(incidentNumber);
		incident.setState(Incident.State.CLOSED);
		this.incidentRepository.save(incident);
		LocalDate today = this.calendar.today();
		Optional<Incident> stillSuspending = this.incidentRepository
			.findByRegistrationIdAndState(incident.getRegistrationId(), Incident.State.SUSPENSION)
			.stream()
			.filter((other) -> MeasureRules.stillSuspends(other.getSuspensionUntil(), today))
			.findFirst();
		if (stillSuspending.isPresent()) {
			// another incident's suspension still runs: the registration stays suspended
			this.lifecycle.note(incident.getRegistrationId(), this.currentUser.id(), "SUSPENSION_ENDED",
					IncidentTexts.otherSuspensionRuns(incident, stillSuspending.get()));
			return;
		}
		this.lifecycle.endSuspension(incident.getRegistrationId(), this.currentUser.id());
	}

}
