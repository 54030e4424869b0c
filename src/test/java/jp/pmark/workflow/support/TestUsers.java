package jp.pmark.workflow.support;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Creates the users a test needs, idempotently (the context and its database are shared).
 */
public final class TestUsers {

	/** The password of every test user; the users exist only in test databases. */
	public static final String PASSWORD = "Test-only-passw0rd";

	private TestUsers() {
	}

	/**
	 * Runs the action as the user, authenticated with their groups as the REST API and
	 * the webapps authenticate them.
	 */
	public static void as(IdentityService identityService, String userId, Runnable action) {
		List<String> groups = identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map((group) -> group.getId())
			.toList();
		identityService.setAuthentication(userId, groups);
		try {
			action.run();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	public static void ensure(IdentityService identityService, String userId, List<String> groups) {
		if (identityService.createUserQuery().userId(userId).count() == 0) {
			User user = identityService.newUser(userId);
			user.setFirstName("試験");
			user.setLastName(userId);
			user.setPassword(PASSWORD);
			identityService.saveUser(user);
		}
		for (String group : groups) {
			if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
				identityService.createMembership(userId, group);
			}
		}
	}

}
