package jp.pmark.workflow.engine;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * A person the engine (or the webapps' session) says is acting, with their groups.
 * <p>
 * Why internals: {@link IdentityService#getCurrentAuthentication()} is public but returns
 * the internal {@code Authentication}; the command context's authentication and the
 * webapps' login in the HTTP session have no public reader at all.
 *
 * @param userId the user's id
 * @param groupIds the ids of the groups the engine authenticated them with
 */
public record Authenticated(String userId, List<String> groupIds) {

	public Authenticated {
		groupIds = (groupIds == null) ? List.of() : List.copyOf(groupIds);
	}

	/** True when the person is in one of the groups. */
	public boolean inAnyOf(java.util.Collection<String> groups) {
		return this.groupIds.stream().anyMatch(groups::contains);
	}

	/**
	 * The user authenticated on the engine for this thread (REST API, webapps, tests).
	 */
	public static Optional<Authenticated> current(IdentityService identityService) {
		return of(identityService.getCurrentAuthentication());
	}

	/** The user the engine checks inside the command now running, if any. */
	public static Optional<Authenticated> inCommand() {
		CommandContext commandContext = Context.getCommandContext();
		return (commandContext == null) ? Optional.empty() : of(commandContext.getAuthentication());
	}

	/**
	 * The user logged in to the webapps (Tasklist, Cockpit, Admin) on the named engine in
	 * this HTTP session.
	 */
	public static Optional<Authenticated> inWebappSession(HttpSession session, String engineName) {
		if (session == null) {
			return Optional.empty();
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		if (authentications == null
				|| !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)
				|| user.getIdentityId() == null) {
			return Optional.empty();
		}
		return Optional.of(new Authenticated(user.getIdentityId(), user.getGroupIds()));
	}

	private static Optional<Authenticated> of(Authentication authentication) {
		if (authentication == null || authentication.getUserId() == null) {
			return Optional.empty();
		}
		return Optional.of(new Authenticated(authentication.getUserId(), authentication.getGroupIds()));
	}

}
