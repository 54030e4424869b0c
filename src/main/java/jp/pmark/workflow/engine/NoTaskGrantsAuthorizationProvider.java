package jp.pmark.workflow.engine;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default provider writes an authorization row for each task's candidate
 * groups, candidate users, assignee and owner. Tasklist's queries join those rows: with
 * 10,000 open tasks a group member's query took 12–14 s on PostgreSQL, against 24–64 ms
 * with grants made once per group on process definitions. This provider writes none per
 * task; the groups' grants come from {@code identity.AccessSetup} and the model grants
 * ({@link TaskAccessRules#grantDeployed}).
 * <p>
 * Why internals: the resource authorization provider is an internal extension point, and
 * the public API has no other place where an assignment can be refused before it is
 * stored.
 */
class NoTaskGrantsAuthorizationProvider extends DefaultAuthorizationProvider {

	private final Set<String> oversightGroups;

	private final TaskAccessRules rules;

	NoTaskGrantsAuthorizationProvider(Set<String> oversightGroups, TaskAccessRules rules) {
		this.oversightGroups = oversightGroups;
		this.rules = rules;
	}

	/**
	 * Also the place where an assignment happens: only to someone the task is offered to.
	 */
	@Override
	public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
		if (task instanceof TaskEntity entity) {
			TaskOffer.of(entity, this.rules).checkAssignee(entity, newAssignee);
			// staff outside the oversight groups take a task (claim) or release it, never
			// hand it to someone else
			String user = TaskOffer.checkedUser();
			if (user != null && newAssignee != null && !newAssignee.equals(user)
					&& Context.getCommandInvocationContext().getCommand() instanceof AssignTaskCmd
					&& !TaskOffer.isOversight(this.oversightGroups)) {
				throw new AuthorizationException("タスクを他の人に割り当てられるのは審査管理者だけです。自分で担当するか、担当を外してください。");
			}
		}
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		return null;
	}

}
