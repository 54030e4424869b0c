package jp.pmark.workflow.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * What the engine room asks the product when it decides who may see and work a task: the
 * rules themselves live with the staff groups and the case records ({@code identity}),
 * the hooks into the engine here.
 */
public interface TaskAccessRules {

	/** The groups that see and manage every task (managers). */
	Set<String> oversightGroups();

	/**
	 * The users of a named audience (e.g. {@code auditTeam}) for a case, from the
	 * product's records.
	 */
	Collection<String> audience(String audience, String processKey, String businessKey);

	/** A group's name for people (e.g. 審査会委員), or its id. */
	String groupName(String groupId);

	/**
	 * Grants the groups of newly deployed models their rights, in the deploying
	 * transaction.
	 * @param authorizations the engine's authorization service
	 * @param models the new process definitions' models by process key
	 */
	void grantDeployed(AuthorizationService authorizations, Map<String, BpmnModelInstance> models);

}
