package jp.pmark.workflow.guard;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 pt 2: a date is read as a Japanese office worker types it, or refused; never
 * misread.
 */
class JapaneseDatesTest {

	private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

	@ParameterizedTest(name = "GEN-2 \"{0}\" is 2026-11-20")
	@ValueSource(strings = { "2026/11/20", "2026-11-20", "2026.11.20", "20261120", "2026/1１/2０", "２０２６／１１／２０",
			"２０２６－１１－２０", "2026年11月20日", "２０２６年１１月２０日", "令和8年11月20日", "令和８年１１月２０日", "R8.11.20", "r8/11/20", "Ｒ８．１１．２０",
			" 2026/11/20 ", "2026/11/20(金)", "令和8年11月20日（金）", "2026 年 11 月 20 日" })
	void readsJapaneseSpellings(String typed) {
		assertThat(JapaneseDates.parse(typed)).contains(NOV_20);
	}

	@Test
	@DisplayName("GEN-2 元年 and the earlier eras")
	void readsEras() {
		assertThat(JapaneseDates.parse("令和元年5月1日")).contains(LocalDate.of(2019, 5, 1));
		assertThat(JapaneseDates.parse("平成31年4月30日")).contains(LocalDate.of(2019, 4, 30));
		assertThat(JapaneseDates.parse("H31.4.30")).contains(LocalDate.of(2019, 4, 30));
		assertThat(JapaneseDates.parse("昭和64年1月7日")).contains(LocalDate.of(1989, 1, 7));
		assertThat(JapaneseDates.parse("2026/2/3")).contains(LocalDate.of(2026, 2, 3));
	}

	@ParameterizedTest(name = "GEN-2 \"{0}\" is refused, not guessed")
	@ValueSource(strings = { "11/20/2026", "20/11/2026", "26/11/20", "2026/11", "2026/02/30", "2026/13/01", "令和元年4月30日",
			"平成32年1月1日", "令和8年", "明日", "2026-11-20T10:00", "X8.11.20", "", "   ", "2026/11/20/1", "202611201" })
	void refusesTheRest(String typed) {
		assertThat(JapaneseDates.parse(typed)).isEmpty();
	}

	@Test
	@DisplayName("GEN-2 dates shown as 2026年11月20日 and in the era as 令和8年11月20日")
	void showsDates() {
		assertThat(JapaneseDates.show(NOV_20)).isEqualTo("2026年11月20日");
		assertThat(JapaneseDates.inEra(NOV_20)).isEqualTo("令和8年11月20日");
		assertThat(JapaneseDates.inEra(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
		assertThat(JapaneseDates.parse(JapaneseDates.show(NOV_20))).contains(NOV_20);
	}

}
