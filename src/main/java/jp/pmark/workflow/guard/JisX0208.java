package jp.pmark.workflow.guard;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * INT-11: names are kept in JIS X 0208 level 1/2 characters. A character outside them is
 * degraded to its level 1/2 form (髙→高, 﨑→崎, 𠮷→吉, …), the original is kept beside it, and
 * a character with no known degraded form is flagged for a person to decide.
 *
 * <p>
 * JIS X 0208 is the JDK charset {@code x-JIS0208} (EUC-JP would also let JIS X 0212
 * through). Printable ASCII (JIS X 0201 roman) is accepted as it is; half-width katakana
 * become full-width.
 */
public final class JisX0208 {

	/**
	 * Common variants in Japanese names and company names that lie outside JIS X 0208,
	 * with the level 1/2 character that registries and the granting body use instead.
	 */
	static final Map<String, String> VARIANTS = Map.ofEntries(Map.entry("髙", "高"), Map.entry("﨑", "崎"),
			Map.entry("𠮷", "吉"), Map.entry("德", "徳"), Map.entry("濵", "濱"), Map.entry("栁", "柳"), Map.entry("瀨", "瀬"),
			Map.entry("淸", "清"), Map.entry("靑", "青"), Map.entry("黑", "黒"), Map.entry("敎", "教"), Map.entry("圡", "土"),
			Map.entry("𡈽", "土"), Map.entry("槗", "橋"), Map.entry("𣘺", "橋"), Map.entry("桒", "桑"), Map.entry("曻", "昇"),
			Map.entry("昻", "昂"), Map.entry("鷗", "鴎"), Map.entry("賴", "頼"), Map.entry("郞", "郎"), Map.entry("㈱", "（株）"),
			Map.entry("㈲", "（有）"), Map.entry("㈹", "（代）"), Map.entry("㍿", "株式会社"), Map.entry("～", "〜"));

	private static final Charset JIS_X_0208 = Charset.forName("x-JIS0208");

	private JisX0208() {
	}

	/** True for a character of JIS X 0208 (levels 1 and 2 and the non-kanji rows). */
	public static boolean isJisX0208(int codePoint) {
		if (Character.isSupplementaryCodePoint(codePoint)) {
			return false;
		}
		CharsetEncoder encoder = JIS_X_0208.newEncoder();
		return encoder.canEncode((char) codePoint);
	}

	/**
	 * Degrades the known variants of a name and lists the characters a person must
	 * decide.
	 */
	public static JisText degrade(String original) {
		if (original == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(original.length());
		List<String> unknown = new ArrayList<>();
		int i = 0;
		while (i < original.length()) {
			int c = original.codePointAt(i);
			int width = Character.charCount(c);
			String character = original.substring(i, i + width);
			if (isHalfWidthKatakana(c)) {
				// a following voiced or semi-voiced mark (ﾞ ﾟ) belongs to this kana
				int end = i + width;
				while (end < original.length() && isHalfWidthSoundMark(original.charAt(end))) {
					end++;
				}
				text.append(Normalizer.normalize(original.substring(i, end), Normalizer.Form.NFKC));
				i = end;
				continue;
			}
			if (isAcceptedAsIs(c)) {
				text.append(character);
			}
			else {
				Optional<String> replacement = replacement(character);
				if (replacement.isPresent()) {
					text.append(replacement.get());
				}
				else {
					text.append(character);
					if (!unknown.contains(character)) {
						unknown.add(character);
					}
				}
			}
			i += width;
		}
		return new JisText(original, text.toString(), unknown);
	}

	/**
	 * The flag of INT-11 for each unknown character, as refusals a person must resolve.
	 */
	public static List<RuleViolation> check(String field, String text) {
		JisText jis = degrade(text);
		if (jis == null) {
			return List.of();
		}
		return jis.unknownCharacters().stream().map((c) -> Guard.JIS_UNKNOWN_CHARACTER.violation(field, c)).toList();
	}

	private static boolean isAcceptedAsIs(int c) {
		return (c >= 0x20 && c <= 0x7E) || isJisX0208(c);
	}

	private static Optional<String> replacement(String character) {
		String known = VARIANTS.get(character);
		if (known != null) {
			return Optional.of(known);
		}
		// CJK compatibility ideographs with a canonical decomposition (e.g. U+FA19 → 神)
		String canonical = Normalizer.normalize(character, Normalizer.Form.NFC);
		if (!canonical.equals(character) && allAccepted(canonical)) {
			return Optional.of(canonical);
		}
		// compatibility forms such as full-width or circled characters
		String compatible = Normalizer.normalize(character, Normalizer.Form.NFKC);
		if (!compatible.equals(character) && allAccepted(compatible)) {
			return Optional.of(compatible);
		}
		return Optional.empty();
	}

	private static boolean allAccepted(String text) {
		return text.codePoints().allMatch(JisX0208::isAcceptedAsIs);
	}

	private static boolean isHalfWidthKatakana(int c) {
		return c >= 0xFF61 && c <= 0xFF9F;
	}

	private static boolean isHalfWidthSoundMark(char c) {
		return c == '\uFF9E' || c == '\uFF9F';
	}

}
