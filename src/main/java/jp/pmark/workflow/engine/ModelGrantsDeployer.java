package jp.pmark.workflow.engine;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * When a process designer deploys a new model, its groups get their grants in the same
 * transaction, so the new tasks are workable at once ({@link TaskAccessRules}).
 * <p>
 * Why internals: the public API has no hook on a deployment; the engine's post-deployers
 * are internal ({@code Deployer}, {@code DeploymentEntity}).
 */
class ModelGrantsDeployer implements Deployer {

	private final TaskAccessRules rules;

	ModelGrantsDeployer(TaskAccessRules rules) {
		this.rules = rules;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getDeployedProcessDefinitions() == null) {
			return;
		}
		CommandContext commandContext = Context.getCommandContext();
		commandContext.runWithoutAuthorization(() -> {
			Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
			for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
				ResourceEntity resource = deployment.getResource(definition.getResourceName());
				models.put(definition.getKey(),
						Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())));
			}
			this.rules.grantDeployed(commandContext.getProcessEngineConfiguration().getAuthorizationService(), models);
			return null;
		});
	}

}
