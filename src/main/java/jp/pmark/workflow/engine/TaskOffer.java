package jp.pmark.workflow.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * To whom a task is offered: its candidate users and the members of its candidate groups.
 * The rules that follow from it, each refused with an {@link AuthorizationException}
 * (HTTP 403) and a Japanese message that Tasklist shows:
 * <ul>
 * <li>a task may be assigned (claimed, delegated, handed over) only to someone it is
 * offered to;</li>
 * <li>it may be worked (claimed, completed, its variables changed) only by its assignee
 * or, while unassigned, by someone it is offered to;</li>
 * <li>it may be read by those, its owner, administrators and oversight groups.</li>
 * </ul>
 * A BPMN user task can narrow this with {@code camunda:properties}:
 * {@code restrictedToUsers} and {@code excludedUsers} name an audience kept in the
 * product's records (e.g. {@code auditTeam}) of the only users who may take it and of
 * those who may not (with {@code excludedUsersReason}), and {@code delegable=false}
 * forbids delegation (with {@code notDelegableReason}); DEC-3 uses both.
 * <p>
 * Why internals: the engine hands its checks the internal {@code TaskEntity}, and the
 * person being checked and their groups are known only to the internal command context.
 */
final class TaskOffer {

	/** BPMN property naming the audience of users who may not take the task. */
	static final String EXCLUDED_USERS = "excludedUsers";

	/** BPMN property: the message (with its rule) when an excluded user would take it. */
	static final String EXCLUDED_USERS_REASON = "excludedUsersReason";

	/** BPMN property naming the audience of the only users who may take the task. */
	static final String RESTRICTED_TO_USERS = "restrictedToUsers";

	/** BPMN property: {@code false} when the task may never be delegated. */
	static final String DELEGABLE = "delegable";

	/** BPMN property: the message (with its rule) when a delegation is refused. */
	static final String NOT_DELEGABLE_REASON = "notDelegableReason";

	private final Set<String> users = new LinkedHashSet<>();

	private final Set<String> groups = new LinkedHashSet<>();

	private final Set<String> excluded = new LinkedHashSet<>();

	/**
	 * null when the task is open to its candidates; else the only users who may take it.
	 */
	private Set<String> restrictedTo;

	private final Map<String, String> properties;

	private final TaskAccessRules rules;

	private TaskOffer(TaskEntity task, TaskAccessRules rules) {
		this.rules = rules;
		this.properties = properties(task);
		this.excluded.addAll(users(task, this.properties.get(EXCLUDED_USERS), rules));
		if (this.properties.containsKey(RESTRICTED_TO_USERS)) {
			this.restrictedTo = users(task, this.properties.get(RESTRICTED_TO_USERS), rules);
		}
		for (IdentityLink link : task.getIdentityLinks()) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getUserId() != null) {
				this.users.add(link.getUserId());
			}
			if (link.getGroupId() != null) {
				this.groups.add(link.getGroupId());
			}
		}
	}

	static TaskOffer of(TaskEntity task, TaskAccessRules rules) {
		return new TaskOffer(task, rules);
	}

	/** True when the task names no candidates at all. */
	boolean isOpenToAll() {
		return this.users.isEmpty() && this.groups.isEmpty();
	}

	boolean isOfferedTo(String userId) {
		if (this.excluded.contains(userId) || (this.restrictedTo != null && !this.restrictedTo.contains(userId))) {
			return false;
		}
		return isOpenToAll() || this.users.contains(userId)
				|| groupsOf(userId).stream().anyMatch(this.groups::contains);
	}

	/**
	 * An assignee must be someone the task is offered to, not excluded, and a task that
	 * may not be delegated is not.
	 */
	void checkAssignee(TaskEntity task, String assignee) {
		if (assignee != null && this.excluded.contains(assignee)) {
			throw new AuthorizationException(
					this.properties.getOrDefault(EXCLUDED_USERS_REASON, "ユーザー「" + assignee + "」はこのタスクを担当できません。"));
		}
		if ("false".equals(this.properties.get(DELEGABLE)) && task.getDelegationState() == DelegationState.PENDING) {
			throw new AuthorizationException(this.properties.getOrDefault(NOT_DELEGABLE_REASON, "このタスクは委任できません。"));
		}
		if (assignee != null && !isOfferedTo(assignee)) {
			throw new AuthorizationException("このタスクは「" + describe() + "」だけが担当できます。ユーザー「" + assignee + "」には割り当てられません。");
		}
	}

	/** Working a task: its assignee, or while unassigned someone it is offered to. */
	void checkWork(TaskEntity task, String userId) {
		String assignee = task.getAssignee();
		if (assignee != null) {
			if (!assignee.equals(userId)) {
				throw new AuthorizationException("このタスクはユーザー「" + assignee + "」が担当しています。担当者だけが作業できます。");
			}
			return;
		}
		if (this.excluded.contains(userId)) {
			throw new AuthorizationException(
					this.properties.getOrDefault(EXCLUDED_USERS_REASON, "ユーザー「" + userId + "」はこのタスクを担当できません。"));
		}
		if (!isOfferedTo(userId)) {
			throw new AuthorizationException("このタスクは「" + describe() + "」のタスクです。あなたは作業できません。");
		}
	}

	/** Reading a task: anyone who may work it, and its owner. */
	void checkRead(TaskEntity task, String userId) {
		if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner()) || isOfferedTo(userId)) {
			return;
		}
		throw new AuthorizationException("このタスクは「" + describe() + "」のタスクです。あなたは見ることができません。");
	}

	/** The candidate groups by their Japanese names, e.g. 審査会委員. */
	String describe() {
		List<String> names = this.groups.stream().map(this.rules::groupName).toList();
		return String.join("・", names.isEmpty() ? List.copyOf(this.users) : names);
	}

	/**
	 * The users of the named audience for the task's case, from the product's records.
	 */
	private static Set<String> users(TaskEntity task, String audience, TaskAccessRules rules) {
		if (audience == null || task.getExecution() == null) {
			return new LinkedHashSet<>();
		}
		return new LinkedHashSet<>(rules.audience(audience, task.getExecution().getProcessDefinition().getKey(),
				task.getExecution().getProcessBusinessKey()));
	}

	/** The task's {@code camunda:properties} in the BPMN. */
	private static Map<String, String> properties(TaskEntity task) {
		Map<String, String> properties = new HashMap<>();
		if (task.getExecution() == null) {
			return properties;
		}
		ModelElementInstance element = task.getBpmnModelElementInstance();
		if (element instanceof UserTask userTask && userTask.getExtensionElements() != null) {
			userTask.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaProperties.class)
				.list()
				.forEach((group) -> group.getCamundaProperties()
					.forEach((property) -> properties.put(property.getCamundaName(), property.getCamundaValue())));
		}
		return properties;
	}

	private static Set<String> groupsOf(String userId) {
		Set<String> groups = new LinkedHashSet<>();
		for (Group group : Context.getCommandContext()
			.getReadOnlyIdentityProvider()
			.createGroupQuery()
			.groupMember(userId)
			.list()) {
			groups.add(group.getId());
		}
		return groups;
	}

	/** True when the authenticated person belongs to an oversight group (managers). */
	static boolean isOversight(Set<String> oversightGroups) {
		Authentication authentication = Context.getCommandContext().getAuthentication();
		List<String> groups = (authentication == null) ? null : authentication.getGroupIds();
		return groups != null && groups.stream().anyMatch(oversightGroups::contains);
	}

	/**
	 * The person a check applies to: the authenticated user, unless authorization is off
	 * for this command, nobody is authenticated (the engine itself) or they are an
	 * administrator.
	 */
	static String checkedUser() {
		CommandContext commandContext = Context.getCommandContext();
		if (commandContext == null || !commandContext.isAuthorizationCheckEnabled()
				|| !commandContext.getProcessEngineConfiguration().isAuthorizationEnabled()) {
			return null;
		}
		Authentication authentication = commandContext.getAuthentication();
		if (authentication == null || authentication.getUserId() == null
				|| commandContext.getAuthorizationManager().isCamundaAdmin(authentication)) {
			return null;
		}
		return authentication.getUserId();
	}

}
