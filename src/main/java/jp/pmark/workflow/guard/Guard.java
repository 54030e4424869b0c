package jp.pmark.workflow.guard;

/**
 * Every refusal an input guard can give, with its rule and the key of its messages in the
 * bundles ({@link Messages}). Messages take {@link java.text.MessageFormat} arguments;
 * none of them ever repeats an individual number.
 */
public enum Guard {

	CORPORATE_NUMBER_FORMAT(RuleId.CHG_6, "corporate-number-format"),

	CORPORATE_NUMBER_CHECK_DIGIT(RuleId.CHG_6, "corporate-number-check-digit"),

	INDIVIDUAL_NUMBER_AS_CORPORATE_NUMBER(RuleId.CHG_5, "individual-number-as-corporate-number"),

	INDIVIDUAL_NUMBER(RuleId.CHG_5, "individual-number"),

	JIS_UNKNOWN_CHARACTER(RuleId.INT_11, "jis-unknown-character"),

	FILE_TYPE_NOT_ALLOWED(RuleId.INT_2, "file-type-not-allowed"),

	FILE_TYPE_NAME_MISMATCH(RuleId.INT_2, "file-type-name-mismatch");

	private final RuleId rule;

	private final String key;

	Guard(RuleId rule, String key) {
		this.rule = rule;
		this.key = key;
	}

	public String ruleId() {
		return this.rule.id();
	}

	public RuleId rule() {
		return this.rule;
	}

	/** The refusal of the given field's value, with the message arguments filled in. */
	public RuleViolation violation(String field, Object... arguments) {
		return RuleViolation.of(field, this.rule, this.key, arguments);
	}

}
