package jp.pmark.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Two indexes the engine's schema lacks, for Tasklist's lists when many tasks are open
 * (README, task-list benchmark): tasks by due date, so that the first page of a list
 * sorted by due date (every filter of ours) reads the earliest tasks instead of sorting
 * all; and the candidate links of a group with their task, so that a group's list and
 * count read the index alone. Created once, after the engine made or updated its schema
 * (with two nodes, under the startup lock).
 * <p>
 * Why internals: the engine's own data source (whichever the configuration chose) is
 * reachable only through the internal configuration, and a plugin's
 * {@code postProcessEngineBuild} runs after the engine created its schema.
 */
@Component
class TaskListIndexes extends AbstractProcessEnginePlugin {

	static final String[] INDEXES = { "create index if not exists PM_IDX_TASK_DUE_DATE on ACT_RU_TASK (DUE_DATE_)",
			"create index if not exists PM_IDX_IDENT_LNK_GROUP_TASK on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)" };

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
			.getProcessEngineConfiguration();
		try (Connection connection = configuration.getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			for (String index : INDEXES) {
				statement.execute(index);
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the task-list indexes could not be created", ex);
		}
	}

}
