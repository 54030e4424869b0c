package jp.pmark.workflow.common;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A case runs on the newest version of its process: when a release (or a process
 * designer) deploys a new version, the cases still running on older ones move to it at
 * startup, activity by activity where the ids are the same, their timers keeping their
 * due dates. A registration's life cycle runs for years; without this its next timer
 * would call the code of the version it started on. A case whose activity the new version
 * no longer has stays where it is, and the log says which (an administrator then moves it
 * with the engine's migration API). With two nodes this runs under the startup lock,
 * once.
 */
@Component
class RunningCasesUpgrade implements ApplicationRunner {

	private static final Log LOG = LogFactory.getLog(RunningCasesUpgrade.class);

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	RunningCasesUpgrade(RepositoryService repositoryService, RuntimeService runtimeService) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		upgrade();
	}

	/** Moves the running cases of every older process version to the newest; how many. */
	int upgrade() {
		int moved = 0;
		for (ProcessDefinition newest : this.repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
			for (ProcessDefinition older : this.repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(newest.getKey())
				.list()) {
				if (older.getVersion() < newest.getVersion() && (newest.getTenantId() == null
						? older.getTenantId() == null : newest.getTenantId().equals(older.getTenantId()))) {
					moved += upgrade(older, newest);
				}
			}
		}
		return moved;
	}

	private int upgrade(ProcessDefinition older, ProcessDefinition newest) {
		List<String> running = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionId(older.getId())
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		if (running.isEmpty()) {
			return 0;
		}
		MigrationPlan plan;
		try {
			plan = this.runtimeService.createMigrationPlan(older.getId(), newest.getId()).mapEqualActivities().build();
		}
		catch (ProcessEngineException ex) {
			LOG.warn(running.size() + " case(s) stay on " + older.getKey() + " version " + older.getVersion()
					+ ": no migration to version " + newest.getVersion() + " (" + ex.getMessage() + ")");
			return 0;
		}
		try {
			this.runtimeService.newMigration(plan).processInstanceIds(running).execute();
			LOG.info(running.size() + " case(s) moved from " + older.getKey() + " version " + older.getVersion()
					+ " to version " + newest.getVersion());
			return running.size();
		}
		catch (ProcessEngineException ex) {
			// one case the plan does not fit stops the batch: each on its own
			int moved = 0;
			for (String instance : running) {
				try {
					this.runtimeService.newMigration(plan).processInstanceIds(instance).execute();
					moved++;
				}
				catch (ProcessEngineException single) {
					LOG.warn("case " + instance + " stays on " + older.getKey() + " version " + older.getVersion()
							+ ": " + single.getMessage());
				}
			}
			return moved;
		}
	}

}
