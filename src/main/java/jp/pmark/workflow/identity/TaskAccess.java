package jp.pmark.workflow.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jp.pmark.workflow.engine.TaskAccessRules;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may see and work a task, as the engine room asks it: the oversight groups, the
 * audiences kept in the product's records ({@link TaskAudience}, e.g. the audit team),
 * the groups' Japanese names, and the grants a newly deployed model's groups get
 * ({@link ModelGrants}).
 */
@Component
class TaskAccess implements TaskAccessRules {

	private final TaskAccessProperties properties;

	private final Set<String> oversightGroups;

	private final ObjectProvider<TaskAudience> audienceBeans;

	/** The audiences by name, found when first asked (they are beans of features). */
	private volatile Map<String, TaskAudience> audiences;

	TaskAccess(TaskAccessProperties properties, ObjectProvider<TaskAudience> audiences) {
		this.properties = properties;
		this.oversightGroups = Set.copyOf(properties.oversightGroups());
		this.audienceBeans = audiences;
	}

	@Override
	public Set<String> oversightGroups() {
		return this.oversightGroups;
	}

	/** The users of the named audience for the case; nobody for an unknown name. */
	@Override
	public Collection<String> audience(String name, String processKey, String businessKey) {
		TaskAudience audience = audiences().get(name);
		return (audience == null) ? Set.of() : audience.users(processKey, businessKey);
	}

	@Override
	public String groupName(String groupId) {
		return StaffGroup.byId(groupId).map(StaffGroup::japaneseName).orElse(groupId);
	}

	@Override
	public void grantDeployed(AuthorizationService authorizations, Map<String, BpmnModelInstance> models) {
		Grants grants = Grants.deferred(authorizations);
		models.forEach((processKey, model) -> ModelGrants.grant(grants, model, processKey,
				this.properties.allowed(processKey)));
		grants.apply();
	}

	private Map<String, TaskAudience> audiences() {
		Map<String, TaskAudience> found = this.audiences;
		if (found == null) {
			found = new LinkedHashMap<>();
			for (TaskAudience audience : this.audienceBeans.orderedStream().toList()) {
				found.putIfAbsent(audience.name(), audience);
			}
			this.audiences = Map.copyOf(found);
		}
		return found;
	}

}
