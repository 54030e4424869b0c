package jp.pmark.workflow.incident;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 事故の報告を登録する: records a report entered in Tasklist, gives the process instance the
 * incident number as business key, and keeps only what routing and the task list need.
 */
@Component("registerIncident")
class RegisterIncident implements JavaDelegate {

	private final IncidentStartForm form;

	private final TaskForms forms;

	private final Incidents incidents;

	private final CurrentUser currentUser;

	RegisterIncident(IncidentStartForm form, TaskForms forms, Incidents incidents, CurrentUser currentUser) {
		this.form = form;
		this.forms = forms;
		this.incidents = incidents;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		IncidentStartForm.Input input = this.forms.startSubmission(execution, this.form);
		Incident incident = TaskForms
			.refusing(() -> this.incidents.register(this.form.read(input), this.currentUser.id()));
		execution.setProcessBusinessKey(incident.getIncidentNumber());
		execution.setVariables(this.incidents.variables(incident));
	}

}
