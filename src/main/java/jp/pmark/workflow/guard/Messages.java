package jp.pmark.workflow.guard;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of refusals, from the bundles {@code messages_ja.properties} (Japanese)
 * and {@code messages.properties} (English), keyed by rule id:
 * {@code FEE-7.choose-main-industry}.
 * <p>
 * Rules are checked in plain classes made with {@code new}, in and out of Spring, so the
 * bundles are read by one {@link MessageSource} made here ({@link #bundled()}), which the
 * application also offers as its {@code messageSource} bean
 * ({@code MessagesConfiguration}): unit tests without Spring read the same messages the
 * running application does.
 * <p>
 * Every message is a {@link java.text.MessageFormat} pattern, with or without arguments:
 * a single quote is written {@code ''} in the bundles. Arguments are filled in as text
 * ({@link String#valueOf(Object)}), as string concatenation did, so a number is never
 * grouped ({@code 1000}, not {@code 1,000}).
 */
public final class Messages {

	/**
	 * The bundles' base name: {@code messages.properties},
	 * {@code messages_ja.properties}.
	 */
	public static final String BASENAME = "messages";

	private static final Messages BUNDLED = new Messages(newSource());

	private final MessageSource source;

	public Messages(MessageSource source) {
		this.source = source;
	}

	/** The messages of the bundles on the class path. */
	public static Messages bundled() {
		return BUNDLED;
	}

	/** The source {@link #bundled()} reads. */
	public MessageSource source() {
		return this.source;
	}

	/**
	 * A new source of the bundles: UTF-8; English from the base bundle, never the system
	 * locale's; every message a MessageFormat pattern, so that quotes are written alike.
	 */
	public static ResourceBundleMessageSource newSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename(BASENAME);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

	/** The Japanese message of the key, e.g. {@code FEE-7.choose-main-industry}. */
	public String japanese(String key, Object... arguments) {
		return message(key, Locale.JAPANESE, arguments);
	}

	/** The English message of the key. */
	public String english(String key, Object... arguments) {
		return message(key, Locale.ENGLISH, arguments);
	}

	/** The refusal of the field by the rule, with its message in Japanese and English. */
	public RuleViolation violation(String field, RuleId rule, String key, Object... arguments) {
		String messageKey = rule.messageKey(key);
		return new RuleViolation(field, rule.id(), japanese(messageKey, arguments), english(messageKey, arguments));
	}

	private String message(String key, Locale locale, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return this.source.getMessage(key, texts, locale);
	}

}
