package jp.pmark.workflow.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

import org.springframework.stereotype.Component;

/**
 * Makes each person see and work only the tasks offered to them, with authorizations kept
 * per group:
 * <ul>
 * <li>no authorization row is created per task (candidates, assignees and owners get
 * none), so Tasklist's queries stay fast with many open tasks
 * ({@link NoTaskGrantsAuthorizationProvider});</li>
 * <li>every task query of an authenticated person is narrowed to the tasks whose
 * candidate groups include one of theirs, or that are assigned to, owned by or offered to
 * them ({@link OfferedTasksTaskManager});</li>
 * <li>a task may be assigned only to a candidate, and completed only by its assignee or,
 * when unassigned, by a candidate ({@link OfferedTaskChecker});</li>
 * <li>the oversight groups count the open tasks per candidate group (Cockpit's Human
 * Tasks page) on their grant to read every process's tasks, without a Task grant
 * ({@link OversightTaskReportManager});</li>
 * <li>a new deployment's process definitions get their groups' grants at once
 * ({@link ModelGrantsDeployer}).</li>
 * </ul>
 * Who is offered what is the product's rule ({@link TaskAccessRules}).
 * <p>
 * Why internals: a process engine plugin, the engine's authorization provider, its
 * session factories, command checkers and post-deployers are configured only on the
 * internal {@code ProcessEngineConfigurationImpl}.
 */
@Component
class OfferedTasksPlugin extends AbstractProcessEnginePlugin {

	private final TaskAccessRules rules;

	OfferedTasksPlugin(TaskAccessRules rules) {
		this.rules = rules;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(
				new NoTaskGrantsAuthorizationProvider(this.rules.oversightGroups(), this.rules));
		if (configuration.getCustomSessionFactories() == null) {
			configuration.setCustomSessionFactories(new ArrayList<>());
		}
		configuration.getCustomSessionFactories()
			.add(new OfferedTasksTaskManager.Factory(this.rules.oversightGroups()));
		configuration.getCustomSessionFactories()
			.add(new OversightTaskReportManager.Factory(this.rules.oversightGroups()));
		if (configuration.getCustomPostDeployers() == null) {
			configuration.setCustomPostDeployers(new ArrayList<Deployer>());
		}
		configuration.getCustomPostDeployers().add(new ModelGrantsDeployer(this.rules));
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// after the engine's own checkers exist (they are created during init)
		configuration.getCommandCheckers().add(OfferedTaskChecker.create(this.rules.oversightGroups(), this.rules));
	}

}
