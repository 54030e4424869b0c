package jp.pmark.workflow.engine;

import java.util.List;

import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refused form submission (Tasklist's submit-form, task or start form). The engine's
 * REST API answers a form validation exception with 400 and its message, which Tasklist
 * shows.
 * <p>
 * Why internals: the REST API maps only the engine's own
 * {@code FormFieldValidationException} (an internal type) to 400 with its message; any
 * other exception thrown while a form is submitted becomes a 500.
 */
public class RefusedFormException extends FormFieldValidationException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleViolation> violations;

	/**
	 * @param violations the refusals
	 * @param message the message the REST API answers with (Japanese, one line per
	 * refusal)
	 */
	public RefusedFormException(List<RuleViolation> violations, String message) {
		super(violations.stream().map(RuleViolation::field).toList(), message);
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return this.violations;
	}

}
