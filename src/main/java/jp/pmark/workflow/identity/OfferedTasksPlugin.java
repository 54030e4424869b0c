package jp.pmark.workflow.identity;

import java.util.ArrayList;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes each person see and work only the tasks offered to them, with authorizations kept
 * per group:
 * <ul>
 * <li>no authorization row is created per task (candidates, assignees and owners get
 * none), so Tasklist's queries stay fast with many open tasks;</li>
 * <li>every task query of an authenticated person is narrowed to the tasks whose
 * candidate groups include one of theirs, or that are assigned to, owned by or offered to
 * them ({@link OfferedTasksTaskManager});</li>
 * <li>a task may be assigned only to a candidate, and completed only by its assignee or,
 * when unassigned, by a candidate ({@link TaskWorkGuard});</li>
 * <li>a new deployment's process definitions get their groups' grants at once
 * ({@link ModelGrantsDeployer}).</li>
 * </ul>
 */
@Component
class OfferedTasksPlugin extends AbstractProcessEnginePlugin {

	private final Set<String> oversightGroups;

	private final TaskAccessProperties properties;

	private final TaskAudiences audiences;

	OfferedTasksPlugin(TaskAccessProperties properties, ObjectProvider<TaskAudience> audiences) {
		this.oversightGroups = Set.copyOf(properties.oversightGroups());
		this.properties = properties;
		this.audiences = new TaskAudiences(audiences);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(
				new NoTaskGrantsAuthorizationProvider(this.oversightGroups, this.audiences));
		if (configuration.getCustomSessionFactories() == null) {
			configuration.setCustomSessionFactories(new ArrayList<>());
		}
		configuration.getCustomSessionFactories().add(new OfferedTasksTaskManager.Factory(this.oversightGroups));
		if (configuration.getCustomPostDeployers() == null) {
			configuration.setCustomPostDeployers(new ArrayList<Deployer>());
		}
		configuration.getCustomPostDeployers().add(new ModelGrantsDeployer(this.properties));
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// after the engine's own checkers exist (they are created during init)
		configuration.getCommandCheckers().add(OfferedTaskChecker.create(this.oversightGroups, this.audiences));
	}

}
