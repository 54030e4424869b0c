package jp.pmark.workflow.clip;

import java.util.Date;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;

import org.springframework.stereotype.Component;

/**
 * CLIP-6: when the engine's timers of a certification fire, from its validity in the
 * product's records: the reminder ({@code pmark.clip.remind-days-before}), the renewal's
 * opening ({@code renewal-opens-days-before}), both at the start of the day, and the
 * lapse at the end of the last valid day.
 */
@Component("clipSchedule")
public class ClipSchedule {

	private final ClipBusinessRepository businesses;

	private final ClipProperties properties;

	private final JapaneseBusinessCalendar calendar;

	ClipSchedule(ClipBusinessRepository businesses, ClipProperties properties, JapaneseBusinessCalendar calendar) {
		this.businesses = businesses;
		this.properties = properties;
		this.calendar = calendar;
	}

	public Date reminderAt(String enrolmentNumber) {
		return startOf(validUntil(enrolmentNumber).minusDays(this.properties.remindDaysBefore()));
	}

	public Date renewalOpensAt(String enrolmentNumber) {
		return startOf(validUntil(enrolmentNumber).minusDays(this.properties.renewalOpensDaysBefore()));
	}

	public Date lapseAt(String enrolmentNumber) {
		return this.calendar.endOfDay(validUntil(enrolmentNumber));
	}

	private java.time.LocalDate validUntil(String enrolmentNumber) {
		return this.businesses.findByEnrolmentNumber(enrolmentNumber).orElseThrow().getValidUntil();
	}

	private Date startOf(java.time.LocalDate day) {
		return Date.from(day.atStartOfDay(this.calendar.zone()).toInstant());
	}

}
