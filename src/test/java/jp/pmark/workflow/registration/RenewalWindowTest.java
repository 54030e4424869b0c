package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.pmark.workflow.calendar.CalendarProperties;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RenewalWindowTest {

	private final JapaneseBusinessCalendar calendar = new JapaneseBusinessCalendar(
			new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of("12-29..01-03")));

	@ParameterizedTest(name = "REN-1 REN-2 valid until {0}: window {1} to {2} ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			# the source's example 1 (its western year in brackets is off by one: 平成30年 is 2018)
			2019-08-01 | 2018-12-02 | 2019-04-01 | source example 1
			# the granting body's example
			2024-12-01 | 2024-04-02 | 2024-08-01 | JIPDEC's example
			# the source's example 2: the last day 2019-08-03 is a Saturday
			2019-12-03 | 2019-04-04 | 2019-08-05 | last day Saturday, moved to Monday
			# SPEC REN-2: 2024-09-14 is a Saturday and 2024-09-16 敬老の日
			2025-01-14 | 2024-05-15 | 2024-09-17 | last day Saturday before a holiday Monday
			# SPEC REN-2: four months before 10-31 there is no 06-31
			2025-10-31 | 2025-03-01 | 2025-06-30 | month end clamped both ways
			# Golden Week: 05-03 憲法記念日 (Sat), 05-04 (Sun), 05-05, 05-06 振替休日
			2025-09-03 | 2025-01-04 | 2025-05-07 | Golden Week with a substitute holiday
			# 秋分の日 2025-09-23 (Tue)
			2026-01-23 | 2025-05-24 | 2025-09-24 | autumn equinox
			# 春分の日 2026-03-20 (Fri)
			2026-07-20 | 2025-11-21 | 2026-03-23 | vernal equinox before a weekend
			# 建国記念の日 2024-02-11 is a Sunday; 02-12 is its substitute holiday
			2024-06-11 | 2023-10-12 | 2024-02-13 | substitute holiday
			# the body's year-end closure 12-29..01-03, then a Sunday
			2026-04-29 | 2025-08-30 | 2026-01-05 | year-end closure
			# 敬老の日 2026-09-21, 国民の休日 09-22, 秋分の日 09-23
			2027-01-21 | 2026-05-22 | 2026-09-24 | citizens' holiday between two holidays
			# 8 months before 10-29 of a common year is 02-28 (clamped), so the window opens on 03-01
			2025-10-29 | 2025-03-01 | 2025-06-30 | February of a common year
			# and of a leap year: 2024-02-29 exists
			2024-10-29 | 2024-03-01 | 2024-07-01 | February of a leap year, 06-29 a Saturday
			2024-10-28 | 2024-02-29 | 2024-06-28 | opens on a leap day
			""")
	void window(LocalDate validUntil, LocalDate opensOn, LocalDate closesOn, String why) {
		RenewalWindow window = RenewalWindow.of(validUntil, this.calendar);
		assertThat(window.opensOn()).as("first day").isEqualTo(opensOn);
		assertThat(window.closesOn()).as("last day").isEqualTo(closesOn);
		assertThat(this.calendar.isBusinessDay(window.closesOn())).isTrue();
	}

	@Test
	@DisplayName("REN-1 REN-3 the first and the last day are inside the window, the days around them outside")
	void bounds() {
		RenewalWindow window = RenewalWindow.of(LocalDate.of(2019, 12, 3), this.calendar);
		assertThat(window.contains(LocalDate.of(2019, 4, 3))).isFalse();
		assertThat(window.hasNotOpenedOn(LocalDate.of(2019, 4, 3))).isTrue();
		assertThat(window.contains(LocalDate.of(2019, 4, 4))).isTrue();
		assertThat(window.contains(LocalDate.of(2019, 8, 3))).as("the nominal last day, a Saturday").isTrue();
		assertThat(window.contains(LocalDate.of(2019, 8, 5))).as("extended to Monday").isTrue();
		assertThat(window.contains(LocalDate.of(2019, 8, 6))).isFalse();
		assertThat(window.hasClosedBefore(LocalDate.of(2019, 8, 6))).isTrue();
		assertThat(window.nominalClosesOn()).isEqualTo(LocalDate.of(2019, 8, 3));
		assertThat(window.describe()).isEqualTo("2019-04-04〜2019-08-05");
	}

}
