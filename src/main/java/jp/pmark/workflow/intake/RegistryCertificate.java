package jp.pmark.workflow.intake;

import java.time.LocalDate;

/**
 * INT-3 10: the registry certificate must be issued within 3 months before the
 * application date.
 */
public final class RegistryCertificate {

	private RegistryCertificate() {
	}

	public static boolean isFresh(LocalDate issuedOn, LocalDate appliedOn) {
		return issuedOn != null && appliedOn != null && !issuedOn.isAfter(appliedOn)
				&& !issuedOn.isBefore(appliedOn.minusMonths(3));
	}

}
