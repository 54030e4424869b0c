package jp.pmark.workflow.common;

import java.util.List;

import jp.pmark.workflow.guard.RuleViolation;

/**
 * A request that repeats one already recorded but says something different (the same
 * payment reference with another amount): HTTP 409 with a problem body naming the field,
 * where a true repeat is answered as the first was.
 */
public class ConflictException extends RuleViolationException {

	private static final long serialVersionUID = 1L;

	public ConflictException(RuleViolation violation) {
		super(List.of(violation));
	}

}
