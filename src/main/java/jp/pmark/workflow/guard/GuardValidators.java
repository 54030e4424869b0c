package jp.pmark.workflow.guard;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The Bean Validation side of the guards: each reports the guard's own message and rule.
 */
public final class GuardValidators {

	private GuardValidators() {
	}

	static boolean report(Optional<RuleViolation> violation, ConstraintValidatorContext context) {
		if (violation.isEmpty()) {
			return true;
		}
		HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
		hibernate.disableDefaultConstraintViolation();
		hibernate.withDynamicPayload(violation.get());
		// the message is literal text, never an interpolation template
		hibernate.buildConstraintViolationWithTemplate(escape(violation.get().messageJa())).addConstraintViolation();
		return false;
	}

	private static String escape(String message) {
		return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
	}

	public static final class CorporateNumberValidator implements ConstraintValidator<CorporateNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return report(CorporateNumbers.check(null, value), context);
		}

	}

	public static final class NoIndividualNumberValidator implements ConstraintValidator<NoIndividualNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return report(IndividualNumbers.check(null, value), context);
		}

	}

}
