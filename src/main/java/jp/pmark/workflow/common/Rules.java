package jp.pmark.workflow.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;

/** Collects the refusals of one input, so that all are reported at once. */
public final class Rules {

	private final List<RuleViolation> violations = new ArrayList<>();

	/**
	 * Refuses the field by the rule, with the rule's message of the key in Japanese and
	 * English ({@code messages_ja.properties}, {@code messages.properties}):
	 * {@code refuse("industry", RuleId.FEE_7, "choose-main-industry")} reads
	 * {@code FEE-7.choose-main-industry}; the arguments fill its {@code {0}}, {@code {1}}
	 * ….
	 */
	public Rules refuse(String field, RuleId rule, String key, Object... arguments) {
		this.violations.add(RuleViolation.of(field, rule, key, arguments));
		return this;
	}

	/** Refuses when the condition does not hold. */
	public Rules require(boolean condition, String field, RuleId rule, String key, Object... arguments) {
		if (!condition) {
			refuse(field, rule, key, arguments);
		}
		return this;
	}

	public Rules add(Optional<RuleViolation> violation) {
		violation.ifPresent(this.violations::add);
		return this;
	}

	public Rules addAll(List<RuleViolation> more) {
		this.violations.addAll(more);
		return this;
	}

	public boolean isEmpty() {
		return this.violations.isEmpty();
	}

	public List<RuleViolation> violations() {
		return List.copyOf(this.violations);
	}

	/** Throws a {@link RuleViolationException} when anything was refused. */
	public void throwIfAny() {
		RuleViolationException.throwIfAny(this.violations);
	}

}
