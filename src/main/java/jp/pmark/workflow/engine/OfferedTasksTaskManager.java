package jp.pmark.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * Narrows every task query of an authenticated person (Tasklist, Cockpit, the REST API)
 * to the tasks offered to them: a candidate group of theirs, or they are the candidate
 * user, the assignee or the owner. Administrators and oversight groups see all tasks; the
 * engine's own queries (no authenticated user) are not touched.
 * <p>
 * Why internals: the public API cannot narrow every task query (Tasklist's, Cockpit's,
 * the REST API's) without writing an authorization row per task, which made lists slow;
 * the engine's task manager, replaced through a session factory, sees each query.
 */
class OfferedTasksTaskManager extends TaskManager {

	private final Set<String> oversightGroups;

	OfferedTasksTaskManager(Set<String> oversightGroups) {
		this.oversightGroups = oversightGroups;
	}

	@Override
	public List<Task> findTasksByQueryCriteria(TaskQueryImpl taskQuery) {
		return offeredOnly(taskQuery, () -> super.findTasksByQueryCriteria(taskQuery));
	}

	/**
	 * Counted in three parts that the database reads from indexes (inclusion and
	 * exclusion): the tasks offered as candidate, plus those the person is assignee or
	 * owner of, less those that are both. As one query, the 'or' spanning the task and
	 * its candidate links made PostgreSQL look up the links of every task the rest of the
	 * query matched (25,000 lookups for 期限切れのタスク at 100,000 open tasks).
	 */
	@Override
	public long findTaskCountByQueryCriteria(TaskQueryImpl taskQuery) {
		String user = narrowedFor(taskQuery);
		if (user == null) {
			return super.findTaskCountByQueryCriteria(taskQuery);
		}
		return countWith(taskQuery, user, true, false) + countWith(taskQuery, user, false, true)
				- countWith(taskQuery, user, true, true);
	}

	private <T> T offeredOnly(TaskQueryImpl taskQuery, Supplier<T> query) {
		String user = narrowedFor(taskQuery);
		if (user == null) {
			return query.get();
		}
		// an 'or' group is ANDed with the query: (candidate) OR assignee OR owner
		TaskQueryImpl offered = (TaskQueryImpl) taskQuery.or();
		offered.taskCandidateUser(user);
		offered.includeAssignedTasksInternal();
		offered.taskAssignee(user);
		offered.taskOwner(user);
		offered.endOr();
		try {
			return query.get();
		}
		finally {
			taskQuery.getQueries().remove(offered);
		}
	}

	/**
	 * The query's tasks that are offered to the user as candidate (their own or their
	 * groups', assigned or not), that they are assignee or owner of, or both.
	 */
	private long countWith(TaskQueryImpl taskQuery, String user, boolean candidate, boolean assignedOrOwned) {
		List<TaskQueryImpl> added = new ArrayList<>();
		if (candidate) {
			TaskQueryImpl offered = (TaskQueryImpl) taskQuery.or();
			offered.taskCandidateUser(user);
			offered.includeAssignedTasksInternal();
			offered.endOr();
			added.add(offered);
		}
		if (assignedOrOwned) {
			TaskQueryImpl theirs = (TaskQueryImpl) taskQuery.or();
			theirs.taskAssignee(user);
			theirs.taskOwner(user);
			theirs.endOr();
			added.add(theirs);
		}
		try {
			return super.findTaskCountByQueryCriteria(taskQuery);
		}
		finally {
			taskQuery.getQueries().removeAll(added);
		}
	}

	/**
	 * The user whose offered tasks the query must be narrowed to, or null when it needs
	 * no narrowing.
	 */
	private String narrowedFor(TaskQueryImpl taskQuery) {
		CommandContext commandContext = Context.getCommandContext();
		Authentication authentication = commandContext.getAuthentication();
		if (authentication == null || authentication.getUserId() == null || !isAuthorizationEnabled()
				|| !commandContext.isAuthorizationCheckEnabled() || seesAllTasks(commandContext, authentication)
				|| onlyOwnGroups(taskQuery, authentication)) {
			return null;
		}
		return authentication.getUserId();
	}

	/**
	 * A query for the candidate tasks of groups of the person's own (Tasklist's group
	 * filters) finds only tasks offered to them: narrowing it again would only slow the
	 * list down.
	 */
	private static boolean onlyOwnGroups(TaskQueryImpl taskQuery, Authentication authentication) {
		List<String> groups = authentication.getGroupIds();
		if (groups == null || groups.isEmpty()) {
			return false;
		}
		if (taskQuery.getCandidateGroup() != null) {
			return groups.contains(taskQuery.getCandidateGroup());
		}
		List<String> candidateGroups = taskQuery.getCandidateGroupsInternal();
		return candidateGroups != null && !candidateGroups.isEmpty() && groups.containsAll(candidateGroups);
	}

	private boolean seesAllTasks(CommandContext commandContext, Authentication authentication) {
		if (commandContext.getAuthorizationManager().isCamundaAdmin(authentication)) {
			return true;
		}
		List<String> groups = authentication.getGroupIds();
		return groups != null && groups.stream().anyMatch(this.oversightGroups::contains);
	}

	/** Puts this manager in the place of the engine's task manager. */
	static final class Factory implements SessionFactory {

		private final Set<String> oversightGroups;

		Factory(Set<String> oversightGroups) {
			this.oversightGroups = oversightGroups;
		}

		@Override
		public Class<?> getSessionType() {
			return TaskManager.class;
		}

		@Override
		public Session openSession() {
			return new OfferedTasksTaskManager(this.oversightGroups);
		}

	}

}
