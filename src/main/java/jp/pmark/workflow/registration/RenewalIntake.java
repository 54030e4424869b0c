package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.intake.RenewalTargets;

import org.springframework.stereotype.Component;

/**
 * What intake asks of registrations when a renewal arrives (REN-1..REN-5): which
 * registration it renews, and whether it may be received on the day.
 */
@Component
class RenewalIntake implements RenewalTargets {

	private final Registrations registrations;

	private final RegistrationRepository repository;

	private final RegistrationLifecycle lifecycle;

	private final RenewalSchedule schedule;

	private final ApplicantService applicants;

	RenewalIntake(Registrations registrations, RegistrationRepository repository, RegistrationLifecycle lifecycle,
			RenewalSchedule schedule, ApplicantService applicants) {
		this.registrations = registrations;
		this.repository = repository;
		this.lifecycle = lifecycle;
		this.schedule = schedule;
		this.applicants = applicants;
	}

	@Override
	public Optional<RenewalTarget> check(String registrationNumber, String corporateNumber, LocalDate receivedOn,
			Rules rules) {
		String number = (registrationNumber == null) ? "" : registrationNumber.trim();
		if (number.isEmpty()) {
			rules.refuse("renewalOf", RuleId.REN_4, "enter-number-to-renew");
			return Optional.empty();
		}
		if (!number.matches(Registrations.NUMBER_PATTERN) && !number.matches(Registrations.BASE_PATTERN)) {
			rules.refuse("renewalOf", RuleId.JIP_3, "registration-number-format");
			return Optional.empty();
		}
		Optional<Registration> found = this.registrations.find(number);
		if (found.isEmpty()) {
			rules.refuse("renewalOf", RuleId.REN_4, "no-registration-recorded", number);
			return Optional.empty();
		}
		Registration registration = found.get();
		List<Registration> underNumber = this.repository
			.findByBaseNumberOrderByRenewalCountDesc(registration.getBaseNumber());
		Registration current = underNumber.get(0);
		if (!current.getId().equals(registration.getId())) {
			rules.refuse("renewalOf", RuleId.REN_4, "already-renewed-current-number",
					registration.getRegistrationNumber(), current.getRegistrationNumber());
			return Optional.empty();
		}
		RegistrationStatus status = registration.getStatus();
		// a suspended registration (INC-6) may be renewed: its validity keeps running
		if (status == RegistrationStatus.RENEWAL_APPLIED || status == RegistrationStatus.RENEWAL_GRANTED
				|| status == RegistrationStatus.EXTENDED
				|| (status == RegistrationStatus.SUSPENDED && (this.lifecycle.renewalInProgress(registration)
						|| this.repository.findByPreviousRegistrationId(registration.getId()).isPresent()))) {
			rules.refuse("renewalOf", RuleId.REN_4, "renewal-registration-already-been",
					registration.getRegistrationNumber(), status.japaneseName());
			return Optional.empty();
		}
		if (!status.isValid() && status != RegistrationStatus.SUSPENDED) {
			rules.refuse("renewalOf", RuleId.REN_3, "registration-ended-apply-new",
					registration.getRegistrationNumber(), status.japaneseName());
			return Optional.empty();
		}
		Applicant holder = this.applicants.get(registration.getApplicantId());
		if (corporateNumber != null && !corporateNumber.isBlank() && holder.getCorporateNumber() != null
				&& !holder.getCorporateNumber().equals(CorporateNumbers.normalize(corporateNumber))) {
			rules.refuse("applicant.corporateNumber", RuleId.REN_4, "corporate-number-not-registered",
					registration.getRegistrationNumber(), holder.getName());
			return Optional.empty();
		}
		RenewalWindow window = this.schedule.window(registration);
		if (window.hasNotOpenedOn(receivedOn)) {
			rules.refuse("renewalOf", RuleId.REN_3, "renewal-window-not-opened-yet", window.describe(),
					window.opensOn(), window.closesOn());
			return Optional.empty();
		}
		if (window.hasClosedBefore(receivedOn)) {
			rules.refuse("renewalOf", RuleId.REN_3, "renewal-window-closed-apply-new", window.describe(),
					window.opensOn(), window.closesOn());
			return Optional.empty();
		}
		return Optional.of(new RenewalTarget(registration.getId(), registration.getRegistrationNumber(),
				registration.getApplicantId(), registration.getApplicationId(), registration.getValidUntil()));
	}

	@Override
	public void received(RenewalTarget target, Application renewal, String actor) {
		this.lifecycle.renewalReceived(this.registrations.get(target.registrationId()), renewal, actor);
	}

}
