package jp.pmark.workflow.common;

import jp.pmark.workflow.engine.Authenticated;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/** Who is acting: the authenticated user of the engine, or the system itself. */
@Component
public class CurrentUser {

	/**
	 * The actor recorded when no person is authenticated (timers, the engine, demo
	 * seeding).
	 */
	public static final String SYSTEM = "system";

	private final IdentityService identityService;

	CurrentUser(IdentityService identityService) {
		this.identityService = identityService;
	}

	public String id() {
		return Authenticated.current(this.identityService).map(Authenticated::userId).orElse(SYSTEM);
	}

	/** A person's display name, 佐藤 花子, or the id when there is no such user. */
	public String displayName(String userId) {
		if (userId == null) {
			return "";
		}
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null) ? "" : user.getFirstName()) + " "
				+ ((user.getLastName() == null) ? "" : user.getLastName());
		return name.isBlank() ? userId : name.trim();
	}

}
