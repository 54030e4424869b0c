package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CLIP-1, CLIP-4, CLIP-6: the association's plan prices, each schedule in force from a
 * date (the enrolment or renewal date decides, like FEE-6), the insurance every certified
 * business gets, and when the yearly renewal is announced and opened. Yen, tax included.
 *
 * @param schedules the plan price schedules, in any order
 * @param insurance the cyber insurance attached to every certification
 * @param remindDaysBefore days before the end of validity the renewal is announced
 * @param renewalOpensDaysBefore days before the end of validity the renewal opens
 * @param learningBaseUrl where employees reach the e-learning (the per-business link is
 * this and the business's token)
 * @param paymentTermDays days from an invoice to its due date
 */
@ConfigurationProperties("pmark.clip")
public record ClipProperties(List<Schedule> schedules, Insurance insurance, @DefaultValue("90") int remindDaysBefore,
		@DefaultValue("60") int renewalOpensDaysBefore,
		@DefaultValue("http://localhost:8080/clip/learn/") String learningBaseUrl,
		@DefaultValue("30") int paymentTermDays) {

	/**
	 * A price schedule.
	 *
	 * @param effectiveFrom the first enrolment or renewal date it applies to
	 * @param light the Light plan's prices
	 * @param standard the Standard plan's prices
	 * @param active the Active plan's prices
	 */
	public record Schedule(LocalDate effectiveFrom, Prices light, Prices standard, Prices active) {

		public Prices of(ClipPlan plan) {
			return switch (plan) {
				case LIGHT -> this.light;
				case STANDARD -> this.standard;
				case ACTIVE -> this.active;
			};
		}

	}

	/**
	 * One plan's prices.
	 *
	 * @param yearlyFee CLIPマーク認証料 for a year: the first certification with the advisor's
	 * guidance until it, or a renewal
	 * @param visitDayFee per visit day, where the plan's support is billed by visit
	 * (CLIP-6); travel is billed at cost on top
	 */
	public record Prices(long yearlyFee, @DefaultValue("0") long visitDayFee) {
	}

	/**
	 * CLIP-4: the insurance (サイバーセキュリティ特約付き包括職業賠償責任保険).
	 *
	 * @param insurer the insurer
	 * @param policy what the policy is
	 * @param basicCover the cover every certification gets, yen
	 * @param higherCover the cover a business that pays for it gets, yen
	 * @param higherCoverFee what the higher cover costs a year, yen
	 */
	public record Insurance(String insurer, String policy, long basicCover, long higherCover, long higherCoverFee) {
	}

	/** The schedule in force on a date. */
	public Schedule scheduleOn(LocalDate date) {
		return this.schedules.stream()
			.filter((schedule) -> !schedule.effectiveFrom().isAfter(date))
			.max(Comparator.comparing(Schedule::effectiveFrom))
			.orElseThrow(() -> new IllegalStateException("no CLIP price schedule in force on " + date));
	}

}
