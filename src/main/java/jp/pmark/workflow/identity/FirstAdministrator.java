package jp.pmark.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator comes from the operator, never from the internet: at startup,
 * when {@code PMARK_ADMIN_USER} and {@code PMARK_ADMIN_PASSWORD} are set (environment, or
 * {@code pmark.admin.user} / {@code pmark.admin.password}) and no such user exists, it is
 * created in {@code camunda-admin}, its password held to the password policy. Camunda's
 * anonymous first-user setup page stays closed (the API gate refuses it).
 */
@Component
@Order(11)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

	private final IdentityService identityService;

	private final String userId;

	private final String password;

	FirstAdministrator(IdentityService identityService, @Value("${pmark.admin.user:}") String userId,
			@Value("${pmark.admin.password:}") String password) {
		this.identityService = identityService;
		this.userId = userId;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.userId.isBlank()) {
			if (this.identityService.createUserQuery().memberOfGroup(StaffGroup.ADMIN_GROUP_ID).count() == 0) {
				LOG.warn(
						"No administrator exists: set PMARK_ADMIN_USER and PMARK_ADMIN_PASSWORD to create the first one");
			}
			return;
		}
		if (this.identityService.createUserQuery().userId(this.userId).count() > 0) {
			return;
		}
		if (this.password.isBlank()) {
			throw new IllegalStateException("PMARK_ADMIN_USER is set but PMARK_ADMIN_PASSWORD is not");
		}
		User user = this.identityService.newUser(this.userId);
		user.setFirstName("管理者");
		user.setLastName(this.userId);
		user.setPassword(this.password);
		// the password policy applies (at least 10 characters with upper and lower case,
		// a
		// digit and a sign): a weak one stops the start with the engine's message
		this.identityService.saveUser(user);
		this.identityService.createMembership(this.userId, StaffGroup.ADMIN_GROUP_ID);
		LOG.info("Created the first administrator {}", this.userId);
	}

}
