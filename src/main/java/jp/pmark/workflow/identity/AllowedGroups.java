package jp.pmark.workflow.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * §1: who may call an operation of the product's API. Checked before the request is read
 * (a caller outside these groups gets 403, never a 400 that tells them what the operation
 * would accept); an operation under {@code /api} without it is refused to everyone
 * ({@link ApiGroupCheck}). Administrators may call every operation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedGroups {

	/** The staff groups allowed. */
	StaffGroup[] value() default {};

	/** Whether the applicants' portal ({@link StaffGroup#PORTAL_GROUP_ID}) is allowed. */
	boolean portal() default false;

	/** Whether every authenticated caller is allowed (a lookup of public facts). */
	boolean anyCaller() default false;

}
