package jp.pmark.workflow.common;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

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
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new ApiAccessDeniedException("認証されていません。");
		}
		return authentication.getUserId();
	}

	/** The caller's user id; refuses when the caller is in none of the groups. */
	public String requireGroup(String... groups) {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new ApiAccessDeniedException("認証されていません。");
		}
		List<String> memberOf = (authentication.getGroupIds() == null) ? List.of() : authentication.getGroupIds();
		for (String group : groups) {
			if (memberOf.contains(group) || memberOf.contains("camunda-admin")) {
				return authentication.getUserId();
			}
		}
		throw new ApiAccessDeniedException("この操作には次のグループの権限が必要です: " + String.join(", ", groups));
	}

}
