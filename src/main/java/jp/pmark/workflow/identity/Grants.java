package jp.pmark.workflow.identity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Grants permissions to a group, idempotently: one authorization row per group, resource
 * type and resource id, with missing permissions added to it and nothing ever duplicated.
 */
final class Grants {

	/** A grant waiting to be written. */
	private record Pending(String groupId, Resource resource, String resourceId, Set<Permission> permissions) {
	}

	private final AuthorizationService authorizationService;

	/** Grants collected to be written at once, or null when each is written at once. */
	private final Map<String, Pending> pending;

	Grants(AuthorizationService authorizationService) {
		this(authorizationService, false);
	}

	private Grants(AuthorizationService authorizationService, boolean deferred) {
		this.authorizationService = authorizationService;
		this.pending = deferred ? new LinkedHashMap<>() : null;
	}

	/**
	 * Grants that are collected and written by {@link #apply()}: inside a deployment,
	 * rows written earlier are not yet visible to the query, so two models of one
	 * deployment granting the same row must be joined first.
	 */
	static Grants deferred(AuthorizationService authorizationService) {
		return new Grants(authorizationService, true);
	}

	/** Writes the collected grants, one row per group and resource. */
	void apply() {
		if (this.pending == null) {
			return;
		}
		for (Pending grant : this.pending.values()) {
			write(grant.groupId(), grant.resource(), grant.resourceId(),
					grant.permissions().toArray(Permission[]::new));
		}
		this.pending.clear();
	}

	/** Grants the permissions on a resource (an id, or {@code *} for all of its type). */
	void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		if (this.pending != null) {
			this.pending
				.computeIfAbsent(groupId + "|" + resource.resourceType() + "|" + resourceId,
						(key) -> new Pending(groupId, resource, resourceId, new LinkedHashSet<>()))
				.permissions()
				.addAll(Arrays.asList(permissions));
			return;
		}
		write(groupId, resource, resourceId, permissions);
	}

	/** Takes the permissions back from a group's row, if it has them. */
	void withdraw(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null || Arrays.stream(permissions).noneMatch(authorization::isPermissionGranted)) {
			return;
		}
		for (Permission permission : permissions) {
			authorization.removePermission(permission);
		}
		this.authorizationService.saveAuthorization(authorization);
	}

	private void write(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null) {
			authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
			return;
		}
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizationService.saveAuthorization(authorization);
	}

}
