package jp.pmark.workflow.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

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
 */
final class TaskOffer {

	private final Set<String> users = new LinkedHashSet<>();

	private final Set<String> groups = new LinkedHashSet<>();

	private TaskOffer(TaskEntity task) {
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

	static TaskOffer of(TaskEntity task) {
		return new TaskOffer(task);
	}

	/** True when the task names no candidates at all. */
	boolean isOpenToAll() {
		return this.users.isEmpty() && this.groups.isEmpty();
	}

	boolean isOfferedTo(String userId) {
		return isOpenToAll() || this.users.contains(userId)
				|| groupsOf(userId).stream().anyMatch(this.groups::contains);
	}

	/** An assignee must be someone the task is offered to. */
	void checkAssignee(String assignee) {
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
		List<String> names = this.groups.stream()
			.map((id) -> StaffGroup.byId(id).map(StaffGroup::japaneseName).orElse(id))
			.toList();
		return String.join("・", names.isEmpty() ? List.copyOf(this.users) : names);
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
