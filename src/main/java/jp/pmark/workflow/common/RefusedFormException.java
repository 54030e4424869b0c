package jp.pmark.workflow.common;

import java.util.List;

import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refused form submission (Tasklist's submit-form, task or start form). The engine's
 * REST API answers a form validation exception with 400 and its message, which Tasklist
 * shows.
 */
public class RefusedFormException extends FormFieldValidationException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleViolation> violations;

	public RefusedFormException(List<RuleViolation> violations) {
		super(violations.stream().map(RuleViolation::field).toList(), RuleViolationException.message(violations));
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return this.violations;
	}

}
