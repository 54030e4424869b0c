package jp.pmark.workflow.registration;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;

/**
 * 更新申請受付期間: when a renewal application for a registration is received (REN-1, REN-2).
 *
 * @param validUntil the last day of the registration's validity (有効期間の満了日)
 * @param opensOn the first day: the day after the same date 8 months earlier
 * @param nominalClosesOn the same date 4 months earlier, as the rule states it
 * @param closesOn the last day: {@code nominalClosesOn}, or the next business day when
 * that is not one (REN-2, CAL-1)
 */
public record RenewalWindow(LocalDate validUntil, LocalDate opensOn, LocalDate nominalClosesOn, LocalDate closesOn) {

	/**
	 * REN-1, REN-2: the window of a registration valid until the given day. A month
	 * without the same day number takes its last day (10-31 four months earlier is
	 * 06-30).
	 */
	public static RenewalWindow of(LocalDate validUntil, JapaneseBusinessCalendar calendar) {
		LocalDate opensOn = validUntil.minusMonths(8).plusDays(1);
		LocalDate nominalClosesOn = validUntil.minusMonths(4);
		return new RenewalWindow(validUntil, opensOn, nominalClosesOn, calendar.nextBusinessDay(nominalClosesOn));
	}

	/** Whether a renewal received on the day is inside the window. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

	public boolean hasNotOpenedOn(LocalDate day) {
		return day.isBefore(this.opensOn);
	}

	public boolean hasClosedBefore(LocalDate day) {
		return day.isAfter(this.closesOn);
	}

	/** "2018-12-02〜2019-04-01", as letters and messages give it. */
	public String describe() {
		return this.opensOn + "〜" + this.closesOn;
	}

}
