package jp.pmark.workflow.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of SPEC §1 and their authorizations at startup, idempotently.
 *
 * <p>
 * Grants are made once per group on process definitions (never one per task, which makes
 * Tasklist's queries slow with many open tasks): the groups that a model names as
 * candidates of its user tasks may read and work that process's tasks, and its candidate
 * starter groups may start it. Which of those tasks a person sees and works is narrowed
 * further to the tasks offered to their groups by {@link OfferedTasksPlugin}.
 */
@Component
@Order(10)
class AccessSetup implements ApplicationRunner {

	private static final String TASKLIST = "tasklist";

	private static final String COCKPIT = "cockpit";

	private final IdentityService identityService;

	private final RepositoryService repositoryService;

	private final Grants grants;

	private final TaskAccessProperties properties;

	AccessSetup(IdentityService identityService, RepositoryService repositoryService,
			AuthorizationService authorizationService, TaskAccessProperties properties) {
		this.identityService = identityService;
		this.repositoryService = repositoryService;
		this.grants = new Grants(authorizationService);
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		createGroups();
		grantAdministrators();
		grantStaff();
		grantManagers();
		grantProcessDesigners();
		grantByModels();
	}

	void createGroups() {
		for (StaffGroup staffGroup : StaffGroup.values()) {
			createGroup(staffGroup.id(), staffGroup.japaneseName(), StaffGroup.WORKFLOW_TYPE);
		}
		createGroup(StaffGroup.ADMIN_GROUP_ID, StaffGroup.ADMIN_GROUP_NAME, Groups.GROUP_TYPE_SYSTEM);
		createGroup(StaffGroup.PORTAL_GROUP_ID, StaffGroup.PORTAL_GROUP_NAME, Groups.GROUP_TYPE_SYSTEM);
	}

	private void createGroup(String id, String name, String type) {
		Group group = this.identityService.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			group = this.identityService.newGroup(id);
		}
		else if (name.equals(group.getName()) && type.equals(group.getType())) {
			return;
		}
		group.setName(name);
		group.setType(type);
		this.identityService.saveGroup(group);
	}

	private void grantAdministrators() {
		for (Resources resource : Resources.values()) {
			this.grants.grant(StaffGroup.ADMIN_GROUP_ID, resource, "*", Permissions.ALL);
		}
	}

	private void grantStaff() {
		for (StaffGroup group : StaffGroup.values()) {
			if (group.worksInTasklist()) {
				this.grants.grant(group.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
			}
			// to show who is assigned and to whom a task may go
			this.grants.grant(group.id(), Resources.USER, "*", Permissions.READ);
			this.grants.grant(group.id(), Resources.GROUP, "*", Permissions.READ);
		}
	}

	/** Managers follow every case in Cockpit, retry failed jobs and reassign tasks. */
	private void grantManagers() {
		String managers = StaffGroup.ASSESSMENT_MANAGERS.id();
		this.grants.grant(managers, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
		this.grants.grant(managers, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN,
				ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.SUSPEND_INSTANCE);
		this.grants.grant(managers, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ,
				ProcessInstancePermissions.RETRY_JOB, ProcessInstancePermissions.SUSPEND);
		// they suspend, retry and reassign, but never set a case's variables or move it
		// (granted by earlier releases: taken back)
		this.grants.withdraw(managers, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.UPDATE_INSTANCE,
				ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE);
		this.grants.withdraw(managers, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.UPDATE,
				ProcessInstancePermissions.UPDATE_VARIABLE);
		this.grants.grant(managers, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
		this.grants.grant(managers, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
		this.grants.grant(managers, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
		this.grants.grant(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
		this.grants.grant(managers, Resources.DEPLOYMENT, "*", Permissions.READ);
	}

	/** Process designers deploy BPMN, DMN and forms, and see where instances stand. */
	private void grantProcessDesigners() {
		String designers = StaffGroup.PROCESS_DESIGNERS.id();
		this.grants.grant(designers, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
		this.grants.grant(designers, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
		// deleting a deployment cascades to its cases and their history: administrators
		// only
		this.grants.withdraw(designers, Resources.DEPLOYMENT, "*", Permissions.DELETE);
		this.grants.grant(designers, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE);
		this.grants.grant(designers, Resources.DECISION_DEFINITION, "*", Permissions.READ);
		this.grants.grant(designers, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
	}

	/** Grants what each deployed model's groups need (see {@link ModelGrants}). */
	void grantByModels() {
		for (ProcessDefinition definition : this.repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.list()) {
			BpmnModelInstance model = this.repositoryService.getBpmnModelInstance(definition.getId());
			ModelGrants.grant(this.grants, model, definition.getKey(), this.properties.allowed(definition.getKey()));
		}
	}

}
