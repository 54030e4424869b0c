package jp.pmark.workflow.oversight;

import java.sql.Timestamp;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The numbers of the managers' view, counted in the database: one grouped statement over
 * the open tasks (per process definition and task), one over the running process
 * instances and one over the open incidents, whatever the number of cases. The engine's
 * API counts one query at a time and has no grouped count; its table names come from
 * {@link ManagementService#getTableName}, so a configured table prefix is respected.
 * <p>
 * Not narrowed by authorizations: only assessment managers and administrators may ask,
 * and they read every case and see every open task (README, "People and rights").
 */
@Component
class StageCounts {

	/**
	 * Open tasks at one task of one process definition, and how many of them are late.
	 */
	record TaskCount(String processDefinitionId, String activityId, long waiting, long late) {
	}

	private final JdbcTemplate jdbc;

	private final String taskTable;

	private final String executionTable;

	private final String incidentTable;

	StageCounts(JdbcTemplate jdbc, ManagementService managementService) {
		this.jdbc = jdbc;
		// read once at startup: the call needs an administrator when someone is
		// authenticated
		this.taskTable = managementService.getTableName(Task.class);
		this.executionTable = managementService.getTableName(Execution.class);
		this.incidentTable = managementService.getTableName(Incident.class);
	}

	/**
	 * Per process definition and task: open tasks, and those whose due date is before
	 * now.
	 */
	List<TaskCount> openTasks(Date now) {
		return this.jdbc.query(
				"select PROC_DEF_ID_, TASK_DEF_KEY_, count(*), "
						+ "sum(case when DUE_DATE_ < ? then 1 else 0 end) from " + this.taskTable
						+ " where PROC_DEF_ID_ is not null group by PROC_DEF_ID_, TASK_DEF_KEY_",
				(row, i) -> new TaskCount(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)),
				new Timestamp(now.getTime()));
	}

	/** Per process definition: the running process instances. */
	Map<String, Long> runningInstances() {
		return grouped("select PROC_DEF_ID_, count(*) from " + this.executionTable
				+ " where ID_ = PROC_INST_ID_ group by PROC_DEF_ID_");
	}

	/** Per process definition: the open incidents (a job or step that keeps failing). */
	Map<String, Long> openIncidents() {
		return grouped("select PROC_DEF_ID_, count(*) from " + this.incidentTable
				+ " where PROC_DEF_ID_ is not null group by PROC_DEF_ID_");
	}

	private Map<String, Long> grouped(String sql) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.query(sql, (row) -> {
			counts.put(row.getString(1), row.getLong(2));
		});
		return counts;
	}

}
