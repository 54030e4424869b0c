package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * FEE-6: the fee schedules, each in force from a date, in yen (tax included).
 *
 * @param paymentTermDays days from an invoice's issue to its due date
 * @param schedules the schedules, in any order
 */
@ConfigurationProperties("pmark.fees")
public record FeeProperties(@DefaultValue("30") int paymentTermDays, List<Schedule> schedules) {

	/**
	 * A fee schedule.
	 *
	 * @param effectiveFrom the first application date it applies to
	 * @param applicationFee 申請料, the same for every size and kind (FEE-1, FEE-2)
	 * @param newApplication amounts for new applications by size class (small, medium,
	 * large)
	 * @param renewal amounts for renewals by size class
	 */
	public record Schedule(LocalDate effectiveFrom, long applicationFee, Map<String, Amounts> newApplication,
			Map<String, Amounts> renewal) {
	}

	/**
	 * The amounts of one size class and kind.
	 *
	 * @param documentReview 文書審査料 (FEE-3), the body's split of the assessment fee
	 * @param onsiteAudit 現地審査料 (FEE-4), the rest of it
	 * @param assessmentTotal 審査料 as the granting body publishes it; must equal the sum
	 * @param registration 付与登録料, paid to JIPDEC, shown in letters
	 */
	public record Amounts(long documentReview, long onsiteAudit, long assessmentTotal, long registration) {
	}

}
