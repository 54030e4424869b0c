package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * CLIP-7 for tests outside the package (the browser's): a CLIP business certified for a
 * year, saved, as the lead engineer's certification leaves it.
 */
public final class RegisterEntries {

	private RegisterEntries() {
	}

	/**
	 * Saves a business in the Standard plan, certified from the day for one year, and
	 * returns its certificate number.
	 */
	public static String certified(ClipBusinessRepository businesses, String name, String corporateNumber,
			LocalDate validFrom) {
		int n = ThreadLocalRandom.current().nextInt(900_000, 1_000_000);
		ClipEnrolment enrolment = new ClipEnrolment(ClipPlan.STANDARD, name, corporateNumber, "代表 太郎", "105-0004",
				"東京都港区新橋1-1-1", "連絡 花子", "clip" + n + "@example.co.jp", null, 3, false, null, null);
		ClipBusiness business = new ClipBusiness(String.format(Locale.ROOT, "CLB%06d", n), enrolment,
				validFrom.minusMonths(2), "t");
		String certificate = String.format(Locale.ROOT, "CLIP-%06d", n);
		business.certified(certificate, validFrom, validFrom.plusYears(1).minusDays(1), validFrom.minusDays(3));
		businesses.save(business);
		return certificate;
	}

}
