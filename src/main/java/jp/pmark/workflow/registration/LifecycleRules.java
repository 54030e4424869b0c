package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a registration stands by its dates (REN-1..REN-3, INC-6): plain rules, no engine,
 * no database; the life cycle's steps and what other capabilities tell it ask them.
 */
final class LifecycleRules {

	private LifecycleRules() {
	}

	/**
	 * REN-1 REN-3: before its renewal window a registration is valid, during it the
	 * window is open, after it the registration lapses at the end of its validity.
	 */
	static RegistrationStatus byDate(RenewalWindow window, LocalDate today) {
		if (window.hasNotOpenedOn(today)) {
			return RegistrationStatus.VALID;
		}
		return window.contains(today) ? RegistrationStatus.RENEWAL_WINDOW_OPEN : RegistrationStatus.LAPSING;
	}

	/**
	 * INC-6: a suspended registration stays suspended whatever its life cycle would make
	 * of it, until the suspension ends.
	 */
	static boolean keepsSuspension(RegistrationStatus current, RegistrationStatus next) {
		return current == RegistrationStatus.SUSPENDED && next.isValid();
	}

	/**
	 * INC-6 REN-3 REN-5: where a registration stands when its suspension ends.
	 * @param renewed a renewal continues it under the next number
	 * @param renewalAssessed a renewal of it is being assessed
	 */
	static RegistrationStatus afterSuspension(boolean renewed, boolean renewalAssessed, RenewalWindow window,
			LocalDate today) {
		if (renewed) {
			return RegistrationStatus.RENEWAL_GRANTED;
		}
		if (renewalAssessed) {
			return today.isAfter(window.validUntil()) ? RegistrationStatus.EXTENDED
					: RegistrationStatus.RENEWAL_APPLIED;
		}
		return byDate(window, today);
	}

	/**
	 * JIP-2 REN-3: the status a registration takes when JIPDEC corrects its validity, if
	 * the new dates change it.
	 */
	static Optional<RegistrationStatus> afterCorrection(RegistrationStatus status, RenewalWindow window,
			LocalDate today) {
		if (status == RegistrationStatus.VALID || status == RegistrationStatus.RENEWAL_WINDOW_OPEN
				|| status == RegistrationStatus.LAPSING) {
			RegistrationStatus byDate = byDate(window, today);
			return (byDate != status) ? Optional.of(byDate) : Optional.empty();
		}
		if (status == RegistrationStatus.EXTENDED && !today.isAfter(window.validUntil())) {
			return Optional.of(RegistrationStatus.RENEWAL_APPLIED);
		}
		return Optional.empty();
	}

	/**
	 * JIP-2: the timer of the life cycle that the corrected dates call for next, or none
	 * when the validity has already ended.
	 */
	static Optional<String> restartAt(RenewalWindow window, LocalDate reminderOn, LocalDate today) {
		if (today.isBefore(reminderOn)) {
			return Optional.of(RegistrationProcess.REMINDER_DUE);
		}
		if (window.hasNotOpenedOn(today)) {
			return Optional.of(RegistrationProcess.WINDOW_OPENED);
		}
		if (!window.hasClosedBefore(today)) {
			return Optional.of(RegistrationProcess.WINDOW_CLOSED);
		}
		if (!today.isAfter(window.validUntil())) {
			return Optional.of(RegistrationProcess.VALIDITY_ENDED);
		}
		return Optional.empty();
	}

}
