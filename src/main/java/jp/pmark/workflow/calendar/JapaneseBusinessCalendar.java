package jp.pmark.workflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import jp.pmark.workflow.engine.EngineClock;
import one.cafebabe.businesscalendar4j.BusinessCalendar;
import one.cafebabe.businesscalendar4j.Holiday;

import org.springframework.stereotype.Component;

/**
 * The body's business calendar (CAL-1..3).
 *
 * <p>
 * A business day is a day that is not a Saturday, a Sunday, a Japanese national holiday
 * (substitute and citizens' holidays included) or one of the body's closure days.
 * National holidays come from businessCalendar4j's bundled Cabinet Office data and its
 * rules for later years (CAL-2), never from the network.
 *
 * <p>
 * BPMN uses it by the bean name {@code businessDays}, e.g. a timer's date
 * {@code ${businessDays.deadline(receivedOn, 10)}}.
 */
@Component("businessDays")
public class JapaneseBusinessCalendar {

	static {
		HolidayData.useOfflineData();
	}

	/** A deadline ends with its day: the last second of the day in the body's zone. */
	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private static final String LIBRARY_NAME_PREFIX = "japanese.";

	private final ZoneId zone;

	private final ClosureDays closureDays;

	private final BusinessCalendar nationalHolidays;

	public JapaneseBusinessCalendar(CalendarProperties properties) {
		this.zone = properties.zone();
		this.closureDays = ClosureDays.parse(properties.closureDays());
		this.nationalHolidays = BusinessCalendar.newBuilder()
			.locale(Locale.JAPANESE)
			.holiday(BusinessCalendar.JAPAN.PUBLIC_HOLIDAYS)
			.build();
	}

	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * Today in the body's zone, by the engine's clock: the system clock in production,
	 * and the clock process tests move to make timers due.
	 */
	public LocalDate today() {
		return EngineClock.instant().atZone(this.zone).toLocalDate();
	}

	/** CAL-1: not a weekend, not a national holiday, not a closure day. */
	public boolean isBusinessDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isNationalHoliday(date) && !isClosureDay(date);
	}

	/** A 国民の祝日, substitute holiday (振替休日) or citizens' holiday (国民の休日). */
	public boolean isNationalHoliday(LocalDate date) {
		return this.nationalHolidays.isHoliday(date);
	}

	/** One of the body's own closure days, such as the year-end holidays. */
	public boolean isClosureDay(LocalDate date) {
		return this.closureDays.test(date);
	}

	/** The Japanese name of a national holiday, e.g. 敬老の日 or 休日. */
	public Optional<String> holidayName(LocalDate date) {
		Holiday holiday = this.nationalHolidays.getHoliday(date);
		if (holiday == null) {
			return Optional.empty();
		}
		String name = holiday.name();
		// the library keeps an internal prefix on some special days (e.g. 2019-05-01)
		if (name.startsWith(LIBRARY_NAME_PREFIX)) {
			name = name.substring(LIBRARY_NAME_PREFIX.length());
		}
		return Optional.of(name);
	}

	/**
	 * CAL-3: the first business day on or after the given date; a business day is its
	 * own.
	 */
	public LocalDate nextBusinessDay(LocalDate date) {
		LocalDate day = date;
		while (!isBusinessDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * The n-th business day after the given date, not counting the date itself; for n = 0
	 * the next business day on or after it.
	 */
	public LocalDate addBusinessDays(LocalDate date, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("business days must not be negative: " + days);
		}
		if (days == 0) {
			return nextBusinessDay(date);
		}
		LocalDate day = date;
		for (int i = 0; i < days; i++) {
			day = nextBusinessDay(day.plusDays(1));
		}
		return day;
	}

	/**
	 * For BPMN timers and due dates: the end of the n-th business day after the given
	 * date, in the body's zone.
	 * @param date a {@link Date}, {@link LocalDate}, {@link Instant}, date-time, or ISO
	 * text
	 * @param days business days after the date
	 */
	public Date deadline(Object date, int days) {
		return endOfDay(addBusinessDays(toLocalDate(date), days));
	}

	/** The end of the given day in the body's zone, as a {@link Date} for the engine. */
	public Date endOfDay(LocalDate day) {
		return Date.from(day.atTime(END_OF_DAY).atZone(this.zone).toInstant());
	}

	/** Reads the kinds of date a process variable or a form field may hold. */
	public LocalDate toLocalDate(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(this.zone).toLocalDate();
		}
		if (value instanceof Instant instant) {
			return instant.atZone(this.zone).toLocalDate();
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.atZoneSameInstant(this.zone).toLocalDate();
		}
		if (value instanceof ZonedDateTime dateTime) {
			return dateTime.withZoneSameInstant(this.zone).toLocalDate();
		}
		if (value instanceof LocalDateTime dateTime) {
			return dateTime.toLocalDate();
		}
		if (value instanceof CharSequence text) {
			String iso = text.toString().trim();
			if (iso.length() == 10) {
				return LocalDate.parse(iso);
			}
			return OffsetDateTime.parse(iso).atZoneSameInstant(this.zone).toLocalDate();
		}
		throw new IllegalArgumentException("not a date: " + value);
	}

}
