package jp.pmark.workflow.identity;

import java.io.ByteArrayInputStream;

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
 * transaction, so the new tasks are workable at once (see {@link ModelGrants}).
 */
class ModelGrantsDeployer implements Deployer {

	private final TaskAccessProperties properties;

	ModelGrantsDeployer(TaskAccessProperties properties) {
		this.properties = properties;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getDeployedProcessDefinitions() == null) {
			return;
		}
		CommandContext commandContext = Context.getCommandContext();
		Grants grants = Grants.deferred(commandContext.getProcessEngineConfiguration().getAuthorizationService());
		commandContext.runWithoutAuthorization(() -> {
			for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
				ResourceEntity resource = deployment.getResource(definition.getResourceName());
				BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
				ModelGrants.grant(grants, model, definition.getKey(), this.properties.allowed(definition.getKey()));
			}
			grants.apply();
			return null;
		});
	}

}
