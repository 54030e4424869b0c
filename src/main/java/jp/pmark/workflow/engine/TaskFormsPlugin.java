package jp.pmark.workflow.engine;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
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
 * Attaches {@link FormSubmissions} to every user task the engine parses (what its form
 * shows, a complete listener, and the form submission in place of the engine's own; and
 * {@link TaskNaming} as it is created) and to every start form, so no user task or start
 * form escapes its server-side contract and rules. A refusal on submission is a 400 with
 * the Japanese message, and nothing is saved.
 * <p>
 * Why internals: the public API has no hook on a form submission or on what a form's data
 * holds; only the engine's parse listeners, form handlers and command checkers reach
 * them. {@code CommandChecker}'s methods are matched by name here, so
 * {@code EngineRoomTest} fails when an update renames them.
 */
@Component
class TaskFormsPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<FormSubmissions> taskForms;

	private final ObjectProvider<TaskNaming> naming;

	TaskFormsPlugin(ObjectProvider<FormSubmissions> taskForms, ObjectProvider<TaskNaming> naming) {
		this.taskForms = taskForms;
		this.naming = naming;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new ParseListener());
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getCommandCheckers().add(formOnlyCompletion());
	}

	/**
	 * A command checker that refuses the engine's plain {@code complete} of a task that
	 * has a form, before it sets any variable: such a task completes only by submitting
	 * its form (HTTP 400 on every mount of the REST API).
	 */
	private CommandChecker formOnlyCompletion() {
		return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
				new Class<?>[] { CommandChecker.class }, (proxy, method, args) -> {
					if (method.getDeclaringClass() == Object.class) {
						return switch (method.getName()) {
							case "equals" -> proxy == args[0];
							case "hashCode" -> System.identityHashCode(proxy);
							default -> "FormOnlyCompletion";
						};
					}
					if ("checkTaskWork".equals(method.getName()) && args[0] instanceof TaskEntity task
							&& task.getExecution() != null) {
						Object command = Context.getCommandInvocationContext().getCommand();
						if (task.isSuspended()) {
							// FEE-5: say why in Japanese, as a refusal of the form on
							// submit-form
							this.taskForms.getObject().refuseSuspended(command instanceof SubmitTaskFormCmd);
						}
						if (command instanceof CompleteTaskCmd) {
							this.taskForms.getObject()
								.refusePlainCompletion(task.getExecution().getProcessDefinition().getKey(), task);
						}
					}
					return null;
				});
	}

	private final class ParseListener extends AbstractBpmnParseListener {

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
			String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
			definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
					(task) -> TaskFormsPlugin.this.taskForms.getObject().checkCompletion(processKey, task));
			definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
					(task) -> TaskFormsPlugin.this.naming.ifAvailable((naming) -> naming.name(task)));
			definition.setTaskFormHandler(new SubmittingTaskFormHandler(definition.getTaskFormHandler(), processKey));
		}

		@Override
		public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
			StartFormHandler handler = processDefinition.getStartFormHandler();
			if (handler != null) {
				processDefinition
					.setStartFormHandler(new SubmittingStartFormHandler(handler, processDefinition.getKey()));
			}
		}

	}

	/**
	 * A form handler of a process: the engine's own handler still reads the form's
	 * configuration from the BPMN; the submission is the product's.
	 */
	private abstract static class SubmittingFormHandler<H extends FormHandler> {

		final H delegate;

		final String processKey;

		SubmittingFormHandler(H delegate, String processKey) {
			this.delegate = delegate;
			this.processKey = processKey;
		}

		public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
				ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
			this.delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
		}

	}

	/**
	 * Hands a task form's submission to {@link FormSubmissions} instead of the engine's
	 * default, which would store every submitted value as a process variable and in the
	 * history's form properties.
	 */
	private final class SubmittingTaskFormHandler extends SubmittingFormHandler<TaskFormHandler>
			implements TaskFormHandler {

		SubmittingTaskFormHandler(TaskFormHandler delegate, String processKey) {
			super(delegate, processKey);
		}

		@Override
		public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
			if (!(variableScope instanceof DelegateTask task)) {
				throw new IllegalStateException("a task form is submitted on a task");
			}
			TaskFormsPlugin.this.taskForms.getObject().submit(this.processKey, task, properties);
		}

		/**
		 * The form with what it shows as its fields, made only when a field's value is
		 * read (Tasklist's {@code form-variables}), once per call.
		 */
		@Override
		public TaskFormData createTaskForm(TaskEntity task) {
			TaskFormData form = this.delegate.createTaskForm(task);
			FormSubmissions forms = TaskFormsPlugin.this.taskForms.getObject();
			java.util.Set<String> names = forms.viewNames(this.processKey, task.getTaskDefinitionKey());
			if (names.isEmpty()) {
				return form;
			}
			Supplier<java.util.Map<String, Object>> view = ViewFields.memoized(() -> forms.view(this.processKey, task));
			List<FormField> fields = new ArrayList<>(form.getFormFields());
			for (String name : names) {
				fields.add(new ViewFields.ViewField(name, view));
			}
			return new ViewFields.ViewFormData(form, List.copyOf(fields));
		}

	}

	/**
	 * Hands a start form's submission to {@link FormSubmissions} instead of the engine's
	 * default, which would store every submitted value as a process variable.
	 */
	private final class SubmittingStartFormHandler extends SubmittingFormHandler<StartFormHandler>
			implements StartFormHandler {

		SubmittingStartFormHandler(StartFormHandler delegate, String processKey) {
			super(delegate, processKey);
		}

		@Override
		public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
			TaskFormsPlugin.this.taskForms.getObject().submitStart(this.processKey, properties, variableScope);
		}

		@Override
		public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
			return this.delegate.createStartFormData(processDefinition);
		}

	}

}
