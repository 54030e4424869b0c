package jp.pmark.workflow.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.pmark.workflow.guard.RuleViolation;

/** Collects the refusals of one input, so that all are reported at once. */
public final class Rules {

	private final List<RuleViolation> violations = new ArrayList<>();

	/** Refuses the field by the rule, with a Japanese and an English message. */
	public Rules refuse(String field, String ruleId, String messageJa, String messageEn) {
		this.violations.add(new RuleViolation(field, ruleId, messageJa, messageEn));
		return this;
	}

	/** Refuses when the condition does not hold. */
	public Rules require(boolean condition, String field, String ruleId, String messageJa, String messageEn) {
		if (!condition) {
			refuse(field, ruleId, messageJa, messageEn);
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
