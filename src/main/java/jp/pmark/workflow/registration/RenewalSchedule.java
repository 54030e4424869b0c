package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;

import org.springframework.stereotype.Component;

/**
 * When the timers of a registration's life cycle fire (REN-1..REN-3), computed from its
 * validity each time the engine evaluates them: the BPMN's timer dates are expressions on
 * this bean, so a corrected validity moves them when the engine recalculates them.
 */
@Component("renewalSchedule")
public class RenewalSchedule {

	/**
	 * More than a window's last day can move (REN-2) or a month end be clamped (REN-1).
	 */
	private static final int CLOSING_MARGIN_DAYS = 20;

	private final RegistrationRepository registrations;

	private final JapaneseBusinessCalendar calendar;

	private final RenewalProperties properties;

	RenewalSchedule(RegistrationRepository registrations, JapaneseBusinessCalendar calendar,
			RenewalProperties properties) {
		this.registrations = registrations;
		this.calendar = calendar;
		this.properties = properties;
	}

	/** REN-1, REN-2: the renewal window of the registration. */
	public RenewalWindow window(Registration registration) {
		return RenewalWindow.of(registration.getValidUntil(), this.calendar);
	}

	/** REN-1, REN-2: the renewal window of a registration valid until the day. */
	public RenewalWindow window(LocalDate validUntil) {
		return RenewalWindow.of(validUntil, this.calendar);
	}

	/**
	 * REN-1..REN-3: the registrations whose renewal window is open with no renewal
	 * application yet and closes (its last day, REN-2) between the days, the earliest
	 * first. Read from the registrations' status and validity, a few rows at most.
	 */
	public List<ClosingWindow> closingBetween(LocalDate from, LocalDate to) {
		// the last day is the same date 4 months before the end of validity, moved at
		// most
		// a few days by closures and holidays (REN-2): the rows are chosen with a margin
		// and each window then computed exactly
		List<ClosingWindow> closing = new ArrayList<>();
		for (Registration registration : this.registrations.findByStatusAndValidUntilBetweenOrderByValidUntilAsc(
				RegistrationStatus.RENEWAL_WINDOW_OPEN, from.plusMonths(4).minusDays(CLOSING_MARGIN_DAYS),
				to.plusMonths(4).plusDays(CLOSING_MARGIN_DAYS))) {
			RenewalWindow window = window(registration);
			if (!window.closesOn().isBefore(from) && !window.closesOn().isAfter(to)) {
				closing.add(new ClosingWindow(registration, window));
			}
		}
		return closing;
	}

	/** A registration whose renewal window closes soon, with its window. */
	public record ClosingWindow(Registration registration, RenewalWindow window) {
	}

	/** REN-3: the day the business is reminded, a set time before the window opens. */
	public LocalDate reminderOn(Registration registration) {
		return window(registration).opensOn().minus(this.properties.reminderLead());
	}

	/** REN-3: the reminder goes out at the set time of its day. */
	public Date reminderAt(Long registrationId) {
		LocalDate day = reminderOn(get(registrationId));
		return Date.from(day.atTime(this.properties.reminderTime()).atZone(this.calendar.zone()).toInstant());
	}

	/** REN-1: the window opens at the start of its first day. */
	public Date windowOpensAt(Long registrationId) {
		return startOf(window(get(registrationId)).opensOn());
	}

	/** REN-2: the window closes at the end of its last business day. */
	public Date windowClosedAt(Long registrationId) {
		return startOf(window(get(registrationId)).closesOn().plusDays(1));
	}

	/** The validity ends at the end of its last day. */
	public Date validityEndedAt(Long registrationId) {
		return startOf(get(registrationId).getValidUntil().plusDays(1));
	}

	private Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(this.calendar.zone()).toInstant());
	}

	private Registration get(Long registrationId) {
		return this.registrations.findById(registrationId)
			.orElseThrow(() -> new IllegalArgumentException("no registration " + registrationId));
	}

}
