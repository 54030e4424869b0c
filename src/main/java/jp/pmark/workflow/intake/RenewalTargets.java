package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.Optional;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.common.Rules;

/**
 * What intake needs to know of registrations to receive a renewal (REN-1..REN-5). Intake
 * comes before registration and does not import it; the registration capability
 * implements this.
 */
public interface RenewalTargets {

	/**
	 * The registration a renewal received on the day would renew, or a refusal in the
	 * rules: an unknown or ended registration, another business's, one whose renewal is
	 * already being assessed, or a day outside its renewal window (REN-3, with the
	 * window's dates).
	 * @param registrationNumber 10823456 or 10823456(05)
	 * @param corporateNumber the applicant's corporate number as the application gives
	 * it, or null
	 * @param receivedOn the day the renewal is received
	 */
	Optional<RenewalTarget> check(String registrationNumber, String corporateNumber, LocalDate receivedOn, Rules rules);

	/**
	 * The renewal application was recorded: the registration now waits for its outcome.
	 */
	void received(RenewalTarget target, Application renewal, String actor);

	/**
	 * A registration that a renewal renews.
	 *
	 * @param registrationId its id
	 * @param registrationNumber e.g. 10823456(05)
	 * @param applicantId its holder
	 * @param applicationId the application whose assessment granted it (the earlier
	 * assessment of FND-2 iv)
	 * @param validUntil the last day of its validity
	 */
	record RenewalTarget(Long registrationId, String registrationNumber, Long applicantId, Long applicationId,
			LocalDate validUntil) {
	}

}
