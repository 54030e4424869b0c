package jp.pmark.workflow.engine;

import java.util.Set;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskReportImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskReportManager;

/**
 * Cockpit's Human Tasks page (人のタスク) counts the open unassigned tasks per candidate group
 * ({@code GET /task/report/candidate-group-count}). Camunda lets only a holder of
 * {@code READ} on every {@code Task} ({@code *}) run that report, and the product grants
 * nobody Task authorizations ({@link NoTaskGrantsAuthorizationProvider}). An oversight
 * group (managers) sees every task already ({@link OfferedTasksTaskManager}) through its
 * {@code READ_TASK} on every process definition: for them the report asks that grant
 * instead, so it counts nothing they could not count with task queries, and it still
 * refuses them if the grant is ever withdrawn. Everyone else meets Camunda's own check
 * (and the API gate) and is refused, as before.
 * <p>
 * Why internals: the report's check is made inside the engine's task report manager
 * ({@code TaskReportManager#configureQuery}), which only a manager of our own, replaced
 * through a session factory, can answer differently; no public API or command checker
 * sees it.
 */
class OversightTaskReportManager extends TaskReportManager {

	private final Set<String> oversightGroups;

	OversightTaskReportManager(Set<String> oversightGroups) {
		this.oversightGroups = oversightGroups;
	}

	@Override
	protected void configureQuery(TaskReportImpl parameter) {
		if (TaskOffer.checkedUser() == null || !TaskOffer.isOversight(this.oversightGroups)) {
			super.configureQuery(parameter);
			return;
		}
		getAuthorizationManager().checkAuthorization(ProcessDefinitionPermissions.READ_TASK,
				Resources.PROCESS_DEFINITION, Authorization.ANY);
		getTenantManager().configureTenantCheck(parameter.getTenantCheck());
	}

	/** Puts this manager in the place of the engine's task report manager. */
	static final class Factory implements SessionFactory {

		private final Set<String> oversightGroups;

		Factory(Set<String> oversightGroups) {
			this.oversightGroups = oversightGroups;
		}

		@Override
		public Class<?> getSessionType() {
			return TaskReportManager.class;
		}

		@Override
		public Session openSession() {
			return new OversightTaskReportManager(this.oversightGroups);
		}

	}

}
