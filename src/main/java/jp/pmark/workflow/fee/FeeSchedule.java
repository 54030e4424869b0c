package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.pmark.workflow.assessment.ApplicationKind;
import org.springframework.stereotype.Component;

/**
 * FEE-6: the amount of a fee on a date, from the schedule in force then. Checked at
 * startup: every schedule has the three size classes for both kinds, and the document
 * review and on-site audit fees add up to the published assessment fee.
 */
@Component
public class FeeSchedule {

	static final List<String> SIZE_CLASSES = List.of("SMALL", "MEDIUM", "LARGE");

	private final List<FeeProperties.Schedule> schedules;

	private final int paymentTermDays;

	public FeeSchedule(FeeProperties properties) {
		if (properties.schedules() == null || properties.schedules().isEmpty()) {
			throw new IllegalStateException("pmark.fees.schedules: at least one fee schedule is needed (FEE-6)");
		}
		for (FeeProperties.Schedule schedule : properties.schedules()) {
			check(schedule);
		}
		this.schedules = properties.schedules()
			.stream()
			.sorted(Comparator.comparing(FeeProperties.Schedule::effectiveFrom).reversed())
			.toList();
		this.paymentTermDays = properties.paymentTermDays();
	}

	public int paymentTermDays() {
		return this.paymentTermDays;
	}

	/** The schedule in force on the date. */
	public FeeProperties.Schedule on(LocalDate date) {
		return this.schedules.stream()
			.filter((schedule) -> !schedule.effectiveFrom().isAfter(date))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no fee schedule in force on " + date + " (FEE-6)"));
	}

	/** 申請料 (FEE-1). */
	public long applicationFee(LocalDate appliedOn) {
		return on(appliedOn).applicationFee();
	}

	public FeeProperties.Amounts amounts(LocalDate appliedOn, ApplicationKind kind, String sizeClass) {
		FeeProperties.Schedule schedule = on(appliedOn);
		Map<String, FeeProperties.Amounts> byClass = (kind == ApplicationKind.RENEWAL) ? schedule.renewal()
				: schedule.newApplication();
		return byClass.get(sizeClass.toLowerCase(Locale.ROOT));
	}

	private static void check(FeeProperties.Schedule schedule) {
		if (schedule.effectiveFrom() == null || schedule.applicationFee() <= 0) {
			throw new IllegalStateException(
					"fee schedule " + schedule + ": effective-from and application-fee are required");
		}
		for (Map<String, FeeProperties.Amounts> byClass : List.of(schedule.newApplication(), schedule.renewal())) {
			for (String sizeClass : SIZE_CLASSES) {
				FeeProperties.Amounts amounts = (byClass == null) ? null
						: byClass.get(sizeClass.toLowerCase(Locale.ROOT));
				if (amounts == null) {
					throw new IllegalStateException("fee schedule from " + schedule.effectiveFrom()
							+ " has no amounts for " + sizeClass.toLowerCase(Locale.ROOT));
				}
				if (amounts.documentReview() + amounts.onsiteAudit() != amounts.assessmentTotal()) {
					throw new IllegalStateException("fee schedule from " + schedule.effectiveFrom() + ", "
							+ sizeClass.toLowerCase(Locale.ROOT) + ": document review " + amounts.documentReview()
							+ " + on-site audit " + amounts.onsiteAudit() + " is not the assessment fee "
							+ amounts.assessmentTotal());
				}
			}
		}
	}

}
