package jp.pmark.workflow.guard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Bean Validation for a corporate-number field (CHG-6, and CHG-5 for 12-digit values).
 * The {@link RuleViolation} is attached as the violation's dynamic payload.
 */
@Documented
@Constraint(validatedBy = GuardValidators.CorporateNumberValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CorporateNumber {

	String message() default "法人番号が正しくありません。";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
