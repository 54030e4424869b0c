package jp.pmark.workflow.clip;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.RuleId;

/**
 * CLIP-7: one lookup of the public register, by exactly one key: a certificate or
 * registration number, a part of a business's name, or a corporate number. The value is
 * kept normalised (NFKC, so full-width and half-width letters and digits are the same);
 * anything else is refused naming the parameter (GEN-2).
 *
 * @param key which key
 * @param value the normalised value
 */
record RegisterQuery(Key key, String value) {

	/** The longest value accepted, before normalisation. */
	static final int MAX_LENGTH = 100;

	/** The shortest name part looked up, after normalisation. */
	static final int MIN_NAME_LENGTH = 2;

	/** The CLIP certificate number: CLIP- and 6 digits, e.g. CLIP-000123. */
	static final Pattern CLIP_NUMBER = Pattern.compile("CLIP-\\d{6}");

	/**
	 * A Privacy Mark registration number (JIP-3): 8 digits and the renewal count in
	 * brackets, 10823456(05), or the 8 digits alone for the current registration.
	 */
	static final Pattern PMARK_NUMBER = Pattern.compile("\\d{8}(\\(\\d{2}\\))?");

	/** The keys, by their parameter names. */
	enum Key {

		CERTIFICATE_NUMBER("certificateNumber"), NAME("name"), CORPORATE_NUMBER("corporateNumber");

		private final String parameter;

		Key(String parameter) {
			this.parameter = parameter;
		}

		String parameter() {
			return this.parameter;
		}

		static Optional<Key> of(String parameter) {
			return Arrays.stream(values()).filter((key) -> key.parameter.equals(parameter)).findFirst();
		}

	}

	/**
	 * The lookup the request's parameters ask for.
	 * @throws jp.pmark.workflow.common.RuleViolationException when they ask for none,
	 * several, or a value that cannot be one
	 */
	static RegisterQuery of(Map<String, String[]> parameters) {
		Rules rules = new Rules();
		Key key = null;
		String raw = null;
		int keys = 0;
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = shortened(parameter.getKey());
			Optional<Key> known = Key.of(parameter.getKey());
			if (known.isEmpty()) {
				rules.refuse(name, RuleId.CLIP_7, "register-unknown-parameter");
				continue;
			}
			keys++;
			key = known.get();
			raw = parameter.getValue()[0];
			rules.require(parameter.getValue().length == 1, name, RuleId.CLIP_7, "register-give-once");
		}
		if (!rules.isEmpty() || keys != 1) {
			rules.require(keys > 0, "query", RuleId.CLIP_7, "register-give-one-key");
			rules.require(keys < 2, "query", RuleId.CLIP_7, "register-only-one-key");
			rules.throwIfAny();
		}
		String field = key.parameter();
		if (raw == null || raw.isBlank()) {
			rules.refuse(field, RuleId.CLIP_7, "register-value-empty");
		}
		else if (raw.length() > MAX_LENGTH) {
			rules.refuse(field, RuleId.CLIP_7, "register-value-too-long", MAX_LENGTH);
		}
		rules.throwIfAny();
		String value = switch (key) {
			case NAME -> name(raw, rules);
			case CORPORATE_NUMBER -> corporateNumber(raw, rules);
			case CERTIFICATE_NUMBER -> certificateNumber(raw, rules);
		};
		rules.throwIfAny();
		return new RegisterQuery(key, value);
	}

	/** A name as the register compares it: NFKC, lower case, without spaces. */
	static String comparable(String name) {
		String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder(nfkc.length());
		nfkc.codePoints()
			.filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** Whether the number is a CLIP certificate number (else a registration number). */
	boolean clipNumber() {
		return this.key == Key.CERTIFICATE_NUMBER && CLIP_NUMBER.matcher(this.value).matches();
	}

	private static String name(String raw, Rules rules) {
		String name = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
		String compared = comparable(name);
		rules.require(compared.codePointCount(0, compared.length()) >= MIN_NAME_LENGTH, "name", RuleId.CLIP_7,
				"register-name-too-short", MIN_NAME_LENGTH);
		rules.require(name.codePoints().noneMatch(Character::isISOControl), "name", RuleId.CLIP_7,
				"register-name-control-character");
		return name;
	}

	private static String corporateNumber(String raw, Rules rules) {
		String digits = CorporateNumbers.normalize(raw);
		boolean thirteen = digits.length() == 13 && digits.chars().allMatch((c) -> c >= '0' && c <= '9');
		rules.require(thirteen, "corporateNumber", RuleId.CLIP_7, "register-corporate-number-format");
		if (thirteen) {
			rules.require(CorporateNumbers.isValid(digits), "corporateNumber", RuleId.CLIP_7,
					"register-corporate-number-check-digit");
		}
		return digits;
	}

	private static String certificateNumber(String raw, Rules rules) {
		String number = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
		rules.require(CLIP_NUMBER.matcher(number).matches() || PMARK_NUMBER.matcher(number).matches(),
				"certificateNumber", RuleId.CLIP_7, "register-certificate-number-format");
		return number;
	}

	/** A parameter name as a refusal names it: at most 40 characters. */
	private static String shortened(String name) {
		return (name.length() > 40) ? name.substring(0, 40) + "…" : name;
	}

}
