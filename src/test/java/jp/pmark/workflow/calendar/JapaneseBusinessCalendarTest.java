package jp.pmark.workflow.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JapaneseBusinessCalendarTest {

	private final JapaneseBusinessCalendar calendar = new JapaneseBusinessCalendar(
			new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of("12-29..01-03")));

	@ParameterizedTest(name = "CAL-1 CAL-2 {0} is a national holiday ({1})")
	@CsvSource({ "2024-09-16, 敬老の日", "2024-09-23, 休日", "2026-09-22, 休日", "2019-05-01, 休日（祝日扱い）", "2020-07-24, スポーツの日",
			"2027-03-22, 休日", "2025-05-06, 休日", "2026-01-12, 成人の日" })
	void nationalHolidays(LocalDate date, String name) {
		assertThat(this.calendar.isNationalHoliday(date)).isTrue();
		assertThat(this.calendar.isBusinessDay(date)).isFalse();
		assertThat(this.calendar.holidayName(date)).contains(name);
	}

	@Test
	@DisplayName("CAL-1 2024-09-23 is the substitute holiday (振替休日) for 秋分の日 on Sunday 2024-09-22")
	void substituteHoliday() {
		assertThat(this.calendar.isNationalHoliday(LocalDate.of(2024, 9, 22))).isTrue();
		assertThat(this.calendar.holidayName(LocalDate.of(2024, 9, 23))).contains("休日");
	}

	@Test
	@DisplayName("CAL-1 2026-09-22 is a citizens' holiday (国民の休日) between 敬老の日 and 秋分の日")
	void citizensHoliday() {
		assertThat(this.calendar.holidayName(LocalDate.of(2026, 9, 21))).contains("敬老の日");
		assertThat(this.calendar.isBusinessDay(LocalDate.of(2026, 9, 22))).isFalse();
		assertThat(this.calendar.holidayName(LocalDate.of(2026, 9, 23))).contains("秋分の日");
	}

	@Test
	@DisplayName("CAL-2 2019-05-01 (the enthronement) was a holiday, and 2025-09-22 is an ordinary Monday")
	void specialDays() {
		assertThat(this.calendar.isBusinessDay(LocalDate.of(2019, 5, 1))).isFalse();
		assertThat(this.calendar.isBusinessDay(LocalDate.of(2025, 9, 22))).isTrue();
	}

	@ParameterizedTest(name = "CAL-1 CAL-3 the next business day of {0} is {1}")
	@CsvSource({ "2024-09-14, 2024-09-17", "2024-09-13, 2024-09-13", "2024-09-16, 2024-09-17", "2019-08-03, 2019-08-05",
			"2026-12-28, 2026-12-28", "2026-12-29, 2027-01-04", "2027-01-01, 2027-01-04", "2026-05-02, 2026-05-07",
			"2026-09-19, 2026-09-24" })
	void nextBusinessDay(LocalDate date, LocalDate expected) {
		assertThat(this.calendar.nextBusinessDay(date)).isEqualTo(expected);
	}

	@Test
	@DisplayName("CAL-1 the body's closure days 12-29..01-03 are not business days, though not national holidays")
	void closureDays() {
		LocalDate newYearsEve = LocalDate.of(2025, 12, 31);
		assertThat(this.calendar.isNationalHoliday(newYearsEve)).isFalse();
		assertThat(this.calendar.isClosureDay(newYearsEve)).isTrue();
		assertThat(this.calendar.isBusinessDay(newYearsEve)).isFalse();
		assertThat(this.calendar.isBusinessDay(LocalDate.of(2025, 12, 26))).isTrue();
		assertThat(this.calendar.isBusinessDay(LocalDate.of(2026, 1, 5))).isTrue();
	}

	@Test
	@DisplayName("CAL-1 closure days are configurable: without them 12-29 (a Tuesday in 2026) is a business day")
	void configurableClosureDays() {
		JapaneseBusinessCalendar noClosure = new JapaneseBusinessCalendar(
				new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of()));
		JapaneseBusinessCalendar foundationDay = new JapaneseBusinessCalendar(
				new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of("06-01")));
		assertThat(noClosure.isBusinessDay(LocalDate.of(2026, 12, 29))).isTrue();
		assertThat(this.calendar.isBusinessDay(LocalDate.of(2026, 12, 29))).isFalse();
		assertThat(foundationDay.isBusinessDay(LocalDate.of(2026, 6, 1))).isFalse();
		assertThat(foundationDay.isBusinessDay(LocalDate.of(2026, 6, 2))).isTrue();
	}

	@Test
	@DisplayName("CAL-1 a closure day that is not MM-dd is refused at startup")
	void badClosureDay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JapaneseBusinessCalendar(
					new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of("12/29-01/03"))))
			.withMessageContaining("12/29-01/03");
	}

	@ParameterizedTest(name = "CAL-1 {1} business days after {0} is {2}")
	@CsvSource({ "2024-09-13, 1, 2024-09-17", "2024-09-14, 1, 2024-09-17", "2024-09-13, 0, 2024-09-13",
			"2024-09-14, 0, 2024-09-17", "2024-09-13, 5, 2024-09-24", "2026-12-25, 2, 2027-01-04",
			"2026-04-30, 1, 2026-05-01", "2026-05-01, 1, 2026-05-07" })
	void addBusinessDays(LocalDate date, int days, LocalDate expected) {
		assertThat(this.calendar.addBusinessDays(date, days)).isEqualTo(expected);
	}

	@Test
	@DisplayName("CAL-1 a deadline N business days after a date ends with that day in Tokyo, whatever form the date has")
	void deadline() {
		Date expected = Date.from(OffsetDateTime.parse("2024-09-17T23:59:59+09:00").toInstant());
		assertThat(this.calendar.deadline("2024-09-13", 1)).isEqualTo(expected);
		assertThat(this.calendar.deadline(LocalDate.of(2024, 9, 13), 1)).isEqualTo(expected);
		// 2024-09-13 20:00 in UTC is already the 14th in Tokyo (a Saturday)
		assertThat(this.calendar.deadline(Date.from(OffsetDateTime.parse("2024-09-13T20:00:00Z").toInstant()), 1))
			.isEqualTo(expected);
		assertThat(this.calendar.deadline("2024-09-13T10:00:00+09:00", 1)).isEqualTo(expected);
	}

	@Test
	@DisplayName("CAL-1 negative business days are refused")
	void negativeDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.calendar.addBusinessDays(LocalDate.now(), -1));
	}

}
