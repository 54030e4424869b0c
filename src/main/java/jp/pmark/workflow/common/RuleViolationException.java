package jp.pmark.workflow.common;

import java.util.List;
import java.util.stream.Collectors;

import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal of an input by one or more rules (GEN-2). Extends the engine's
 * {@link BadUserRequestException}, so the REST API answers 400 with the Japanese message,
 * which Tasklist shows; the product's own API answers problem+json with each field and
 * rule.
 */
public class RuleViolationException extends BadUserRequestException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleViolation> violations;

	public RuleViolationException(List<RuleViolation> violations) {
		super(message(violations));
		this.violations = List.copyOf(violations);
	}

	public RuleViolationException(RuleViolation violation) {
		this(List.of(violation));
	}

	public List<RuleViolation> violations() {
		return this.violations;
	}

	/** Each refusal on its own line: 【FND-2】 message. */
	static String message(List<RuleViolation> violations) {
		return violations.stream().map(RuleViolation::messageJaWithRule).collect(Collectors.joining("\n"));
	}

	/** Throws when there is any refusal. */
	public static void throwIfAny(List<RuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

}
