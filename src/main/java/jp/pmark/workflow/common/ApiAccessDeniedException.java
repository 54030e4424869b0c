package jp.pmark.workflow.common;

/** The API caller's groups do not allow the operation (403). */
public class ApiAccessDeniedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ApiAccessDeniedException(String message) {
		super(message);
	}

}
