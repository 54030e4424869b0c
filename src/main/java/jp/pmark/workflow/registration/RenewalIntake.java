package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.CorporateNumbers;
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
			rules.refuse("renewalOf", "REN-4", "更新する登録の登録番号（例：10823456(05)）を入力してください。",
					"Enter the number of the registration to renew, e.g. 10823456(05).");
			return Optional.empty();
		}
		if (!number.matches(Registrations.NUMBER_PATTERN) && !number.matches(Registrations.BASE_PATTERN)) {
			rules.refuse("renewalOf", "JIP-3", "登録番号は8桁の数字と括弧内の更新回数（例：10823456(05)）で入力してください。",
					"A registration number is 8 digits and the renewal count in brackets, e.g. 10823456(05).");
			return Optional.empty();
		}
		Optional<Registration> found = this.registrations.find(number);
		if (found.isEmpty()) {
			rules.refuse("renewalOf", "REN-4", "登録番号 " + number + " の登録は見つかりません。",
					"No registration " + number + " is recorded.");
			return Optional.empty();
		}
		Registration registration = found.get();
		List<Registration> underNumber = this.repository
			.findByBaseNumberOrderByRenewalCountDesc(registration.getBaseNumber());
		Registration current = underNumber.get(0);
		if (!current.getId().equals(registration.getId())) {
			rules.refuse("renewalOf", "REN-4",
					"登録番号 " + registration.getRegistrationNumber() + " はすでに更新されています。現在の登録番号は "
							+ current.getRegistrationNumber() + " です。",
					"Already renewed; the current number is " + current.getRegistrationNumber() + ".");
			return Optional.empty();
		}
		RegistrationStatus status = registration.getStatus();
		// a suspended registration (INC-6) may be renewed: its validity keeps running
		if (status == RegistrationStatus.RENEWAL_APPLIED || status == RegistrationStatus.RENEWAL_GRANTED
				|| status == RegistrationStatus.EXTENDED
				|| (status == RegistrationStatus.SUSPENDED && (this.lifecycle.renewalInProgress(registration)
						|| this.repository.findByPreviousRegistrationId(registration.getId()).isPresent()))) {
			rules.refuse("renewalOf", "REN-4",
					"登録 " + registration.getRegistrationNumber() + " の更新申請はすでに受け付けています（" + status.japaneseName() + "）。",
					"A renewal of this registration has already been received.");
			return Optional.empty();
		}
		if (!status.isValid() && status != RegistrationStatus.SUSPENDED) {
			rules.refuse("renewalOf", "REN-3", "登録 " + registration.getRegistrationNumber() + " は"
					+ status.japaneseName() + "のため更新できません。新規に申請してください。",
					"The registration has ended; apply as a new application.");
			return Optional.empty();
		}
		Applicant holder = this.applicants.get(registration.getApplicantId());
		if (corporateNumber != null && !corporateNumber.isBlank() && holder.getCorporateNumber() != null
				&& !holder.getCorporateNumber().equals(CorporateNumbers.normalize(corporateNumber))) {
			rules.refuse("applicant.corporateNumber", "REN-4",
					"法人番号が登録 " + registration.getRegistrationNumber() + " の事業者（" + holder.getName() + "）の法人番号と一致しません。",
					"The corporate number is not the registered business's.");
			return Optional.empty();
		}
		RenewalWindow window = this.schedule.window(registration);
		if (window.hasNotOpenedOn(receivedOn)) {
			rules.refuse("renewalOf", "REN-3", "更新申請の受付期間は " + window.describe() + " です。受付期間が始まる前のため受け付けられません。",
					"The renewal window is " + window.opensOn() + " to " + window.closesOn()
							+ "; it has not opened yet.");
			return Optional.empty();
		}
		if (window.hasClosedBefore(receivedOn)) {
			rules.refuse("renewalOf", "REN-3",
					"更新申請の受付期間は " + window.describe() + " でした。受付期間を過ぎているため、更新申請としては受け付けられません。新規に申請してください。",
					"The renewal window was " + window.opensOn() + " to " + window.closesOn()
							+ "; it has closed. Apply as a new application.");
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
