package jp.pmark.workflow.letter;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.calendar.CalendarProperties;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEN-3: a letter renders to the same bytes each time its template is unchanged, so a
 * letter opened before it went out is the letter that went out.
 */
class LetterBytesTest {

	@Test
	@DisplayName("GEN-3 a letter renders to the same bytes each time; another letter of the same contents does not")
	void sameBytesEachTime() {
		LetterRenderer renderer = new LetterRenderer(
				new LetterProperties(
						new LetterProperties.Sender("一般社団法人デモ審査センター", "審査部", "100-0005", "東京都千代田区丸の内9-9-9", null, null,
								"センター長 山本", "T8701000012345", "デモ銀行 普通 1234567", "PM審", "（公印省略）"),
						new LetterProperties.Mail("pickup", "target/x", "no@x.invalid", "x.invalid", 5), List.of(),
						List.of(), null),
				new JapaneseBusinessCalendar(new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of("12-29..01-03"))));
		Map<String, Object> contents = Map.of("申請番号", "PM2026-0001", "本文", "審査に着手することができません。", "理由", "書類の不足");
		Letter letter = letter(41L, contents);
		byte[] first = renderer.render(letter, contents, null).pdf();
		byte[] again = renderer.render(letter, contents, null).pdf();
		assertThat(again).isEqualTo(first);
		assertThat(renderer.render(letter(42L, contents), contents, null).pdf()).isNotEqualTo(first);
	}

	private static Letter letter(long id, Map<String, Object> contents) {
		Letter letter = new Letter(1L, null, "PM2026-0001", "NOT_STARTED_NOTICE", "付与適格性審査の着手について",
				Addressee.of("〒105-0004 東京都港区新橋2-1-1\nすずらん食品株式会社 御中", null), null, LetterJson.write(contents), "sato");
		ReflectionTestUtils.setField(letter, "id", id);
		return letter;
	}

}
