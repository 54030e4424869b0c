package jp.pmark.workflow.guard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Bean Validation for any text field that must not hold an individual number (CHG-5). The
 * {@link RuleViolation} is attached as the violation's dynamic payload.
 */
@Documented
@Constraint(validatedBy = GuardValidators.NoIndividualNumberValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoIndividualNumber {

	String message() default "個人番号（マイナンバー）は記載できません。";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
