package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-4 test businesses for the e-learning (the enrolment and certification processes
 * are not walked here): each with a number, certificate and link token of its own, so
 * that tests sharing the database never meet.
 */
@Component
public class ClipLearningFixtures {

	private final ClipBusinessRepository businesses;

	private final ClipEmployeeRoster roster;

	private final JapaneseBusinessCalendar calendar;

	ClipLearningFixtures(ClipBusinessRepository businesses, ClipEmployeeRoster roster,
			JapaneseBusinessCalendar calendar) {
		this.businesses = businesses;
		this.roster = roster;
		this.calendar = calendar;
	}

	/**
	 * A business certified for the year around today (from 30 days ago), with its link
	 * token.
	 */
	public ClipBusiness certified(String name) {
		LocalDate from = this.calendar.today().minusDays(30);
		return certified(name, from, from.plusYears(1).minusDays(1));
	}

	/** A business certified for the year given, with its link token. */
	@Transactional
	public ClipBusiness certified(String name, LocalDate validFrom, LocalDate validUntil) {
		ClipBusiness business = enrolled(name);
		business.certified("CC-" + unique(12), validFrom, validUntil, validFrom.minusDays(3));
		return this.businesses.save(business);
	}

	/** A business under guidance (not certified), which has a token all the same. */
	@Transactional
	public ClipBusiness enrolled(String name) {
		ClipBusiness business = new ClipBusiness("CT-" + unique(12),
				new ClipEnrolment(ClipPlan.STANDARD, name, null, "代表 一郎", "105-0004", "東京都港区新橋1-1-1", "連絡 花子",
						"contact@example.jp", "03-0000-0000", 10, false, null, null),
				this.calendar.today().minusDays(60), "t-fixtures");
		business.learningToken(unique(32));
		return this.businesses.save(business);
	}

	/** Declares the roster of the business: code and name pairs. */
	public void roster(ClipBusiness business, String... codesAndNames) {
		List<ClipEmployeeRoster.Entry> entries = new java.util.ArrayList<>();
		for (int i = 0; i < codesAndNames.length; i += 2) {
			entries.add(new ClipEmployeeRoster.Entry(codesAndNames[i], codesAndNames[i + 1]));
		}
		this.roster.replace(business, entries, "t-fixtures");
	}

	/** The business as stored now. */
	public ClipBusiness reload(ClipBusiness business) {
		return this.businesses.findById(business.getId()).orElseThrow();
	}

	/** Marks the business lapsed (its link no longer works). */
	@Transactional
	public ClipBusiness lapse(ClipBusiness business) {
		ClipBusiness stored = reload(business);
		stored.lapsed(this.calendar.today());
		return this.businesses.save(stored);
	}

	/** Certifies the business for another year (a renewal). */
	@Transactional
	public ClipBusiness renew(ClipBusiness business, LocalDate validFrom) {
		ClipBusiness stored = reload(business);
		stored.certified(stored.getCertificateNumber(), validFrom, validFrom.plusYears(1).minusDays(1),
				validFrom.minusDays(3));
		return this.businesses.save(stored);
	}

	private static String unique(int length) {
		return UUID.randomUUID().toString().replace("-", "").substring(0, length).toUpperCase(java.util.Locale.ROOT);
	}

}
