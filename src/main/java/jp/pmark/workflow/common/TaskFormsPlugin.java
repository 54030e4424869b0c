package jp.pmark.workflow.common;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link TaskForms} to every user task the engine parses (create and complete
 * listeners, and a check of Tasklist's form submission before the engine applies it) and
 * to every start form, so no user task or start form escapes its server-side rules. A
 * refusal on submission is a 400 with the Japanese message, and nothing is saved.
 */
@Component
class TaskFormsPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskForms> taskForms;

	TaskFormsPlugin(ObjectProvider<TaskForms> taskForms) {
		this.taskForms = taskForms;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new ParseListener());
	}

	private final class ParseListener extends AbstractBpmnParseListener {

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
			TaskListener listener = (task) -> TaskFormsPlugin.this.taskForms.getObject().notify(task);
			definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
			definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
			definition.setTaskFormHandler(new ValidatingTaskFormHandler(definition.getTaskFormHandler()));
		}

		@Override
		public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
			StartFormHandler handler = processDefinition.getStartFormHandler();
			if (handler != null) {
				processDefinition
					.setStartFormHandler(new ValidatingStartFormHandler(handler, processDefinition.getKey()));
			}
		}

	}

	private final class ValidatingTaskFormHandler implements TaskFormHandler {

		private final TaskFormHandler delegate;

		ValidatingTaskFormHandler(TaskFormHandler delegate) {
			this.delegate = delegate;
		}

		@Override
		public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
				ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
			this.delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
		}

		@Override
		public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
			if (variableScope instanceof DelegateTask) {
				TaskFormsPlugin.this.taskForms.getObject().validateSubmission(properties, variableScope);
			}
			this.delegate.submitFormVariables(properties, variableScope);
		}

		@Override
		public TaskFormData createTaskForm(TaskEntity task) {
			return this.delegate.createTaskForm(task);
		}

	}

	private final class ValidatingStartFormHandler implements StartFormHandler {

		private final StartFormHandler delegate;

		private final String processKey;

		ValidatingStartFormHandler(StartFormHandler delegate, String processKey) {
			this.delegate = delegate;
			this.processKey = processKey;
		}

		@Override
		public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
				ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
			this.delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
		}

		@Override
		public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
			TaskFormsPlugin.this.taskForms.getObject().validateStart(this.processKey, properties);
			this.delegate.submitFormVariables(properties, variableScope);
		}

		@Override
		public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
			return this.delegate.createStartFormData(processDefinition);
		}

	}

}
