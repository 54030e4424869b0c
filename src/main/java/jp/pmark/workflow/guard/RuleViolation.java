package jp.pmark.workflow.guard;

/**
 * A refusal of an input: the field it concerns, the SPEC rule it enforces and a message
 * in Japanese (for staff and applicants) and English.
 *
 * @param field the field's name, or {@code null} when the caller names it later
 * @param ruleId the SPEC rule id, e.g. {@code CHG-6}
 * @param messageJa the message in Japanese
 * @param messageEn the message in English
 */
public record RuleViolation(String field, String ruleId, String messageJa, String messageEn) {

	/**
	 * The refusal of the field by the rule, with the rule's message of the key from the
	 * bundles ({@link Messages}):
	 * {@code of("industry", RuleId.FEE_7, "choose-main-industry")} reads
	 * {@code FEE-7.choose-main-industry}.
	 */
	public static RuleViolation of(String field, RuleId rule, String key, Object... arguments) {
		return Messages.bundled().violation(field, rule, key, arguments);
	}

	/** The Japanese message after its rule id, as staff read it: 【FND-2】 message. */
	public String messageJaWithRule() {
		return "【" + this.ruleId + "】" + this.messageJa;
	}

	/** The same refusal for another field. */
	public RuleViolation forField(String otherField) {
		return new RuleViolation(otherField, this.ruleId, this.messageJa, this.messageEn);
	}

	/** For logs and exceptions: the rule id, the field and the Japanese message. */
	@Override
	public String toString() {
		return "[" + this.ruleId + "] " + ((this.field != null) ? this.field + ": " : "") + this.messageJa;
	}

}
