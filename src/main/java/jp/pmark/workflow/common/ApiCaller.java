package jp.pmark.workflow.common;

import jp.pmark.workflow.engine.Authenticated;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.stereotype.Component;

/**
 * Who calls the product's API: the user that HTTP Basic authenticated (the engine's
 * authentication filter sets them for the request), and whether their groups allow an
 * operation.
 */
@Component
public class ApiCaller {

	private final IdentityService identityService;

	ApiCaller(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** The caller's user id; refuses a caller who is not authenticated. */
	public String requireAuthenticated() {
		return caller().userId();
	}

	/** The caller's user id; refuses when the caller is in none of the groups. */
	public String requireGroup(String... groups) {
		Authenticated caller = caller();
		for (String group : groups) {
			if (caller.groupIds().contains(group) || caller.groupIds().contains("camunda-admin")) {
				return caller.userId();
			}
		}
		throw new ApiAccessDeniedException("この操作には次のグループの権限が必要です: " + String.join(", ", groups));
	}

	private Authenticated caller() {
		return Authenticated.current(this.identityService)
			.orElseThrow(() -> new ApiAccessDeniedException("認証されていません。"));
	}

}
