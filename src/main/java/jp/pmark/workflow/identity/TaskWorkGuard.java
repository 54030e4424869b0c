package jp.pmark.workflow.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Work only what is offered: a task may be assigned (claimed, delegated, handed over)
 * only to one of its candidates, and completed only by its assignee or, while unassigned,
 * by a candidate. Administrators may complete any task; the engine itself (no
 * authenticated user) is not checked on completion. A refusal is an
 * {@link AuthorizationException} (HTTP 403), with a Japanese message Tasklist shows.
 */
class TaskWorkGuard implements TaskListener {

	static final TaskWorkGuard INSTANCE = new TaskWorkGuard();

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
			checkAssignee(task);
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			checkCompletion(task);
		}
	}

	private void checkAssignee(DelegateTask task) {
		String assignee = task.getAssignee();
		if (assignee == null) {
			return;
		}
		Candidates candidates = Candidates.of(task);
		if (!candidates.isEmpty() && !candidates.includes(assignee, groupsOf(task, assignee))) {
			throw new AuthorizationException(
					"このタスクは「" + candidates.describe() + "」だけが担当できます。ユーザー「" + assignee + "」には割り当てられません。");
		}
	}

	private void checkCompletion(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null || isAdmin(authentication)) {
			return;
		}
		String user = authentication.getUserId();
		String assignee = task.getAssignee();
		if (assignee != null) {
			if (!assignee.equals(user)) {
				throw new AuthorizationException("このタスクはユーザー「" + assignee + "」が担当しています。担当者だけが完了できます。");
			}
			return;
		}
		Candidates candidates = Candidates.of(task);
		if (!candidates.isEmpty() && !candidates.includes(user, groupsOf(task, user))) {
			throw new AuthorizationException("このタスクは「" + candidates.describe() + "」のタスクです。あなたは完了できません。");
		}
	}

	private static boolean isAdmin(Authentication authentication) {
		return Context.getCommandContext().getAuthorizationManager().isCamundaAdmin(authentication);
	}

	private static Set<String> groupsOf(DelegateTask task, String userId) {
		IdentityService identityService = task.getProcessEngineServices().getIdentityService();
		Set<String> groups = new LinkedHashSet<>();
		for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
			groups.add(group.getId());
		}
		return groups;
	}

	private record Candidates(Set<String> users, Set<String> groups) {

		static Candidates of(DelegateTask task) {
			Set<String> users = new LinkedHashSet<>();
			Set<String> groups = new LinkedHashSet<>();
			for (IdentityLink link : task.getCandidates()) {
				if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
					continue;
				}
				if (link.getUserId() != null) {
					users.add(link.getUserId());
				}
				if (link.getGroupId() != null) {
					groups.add(link.getGroupId());
				}
			}
			return new Candidates(users, groups);
		}

		boolean isEmpty() {
			return this.users.isEmpty() && this.groups.isEmpty();
		}

		boolean includes(String userId, Set<String> userGroups) {
			return this.users.contains(userId) || userGroups.stream().anyMatch(this.groups::contains);
		}

		/** The candidate groups by their Japanese names, e.g. 審査会委員. */
		String describe() {
			List<String> names = this.groups.stream()
				.map((id) -> StaffGroup.byId(id).map(StaffGroup::japaneseName).orElse(id))
				.toList();
			return String.join("・", names.isEmpty() ? List.copyOf(this.users) : names);
		}

	}

	/** Adds the guard to every user task the engine parses. */
	static final class ParseListener extends AbstractBpmnParseListener {

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
			definition.addBuiltInTaskListener(EVENTNAME_ASSIGNMENT, INSTANCE);
			definition.addBuiltInTaskListener(EVENTNAME_COMPLETE, INSTANCE);
		}

	}

}
