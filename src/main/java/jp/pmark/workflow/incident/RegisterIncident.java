package jp.pmark.workflow.incident;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
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

	private final Incidents incidents;

	private final CurrentUser currentUser;

	RegisterIncident(IncidentStartForm form, Incidents incidents, CurrentUser currentUser) {
		this.form = form;
		this.incidents = incidents;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormInput input = new FormInput(execution.getVariables(), null);
		Rules rules = new Rules();
		this.form.validate(input, rules);
		rules.throwIfAny();
		Incident incident = this.incidents.register(this.form.read(input), this.currentUser.id());
		execution.setProcessBusinessKey(incident.getIncidentNumber());
		execution.removeVariables(IncidentStartForm.FIELDS);
		execution.setVariables(this.incidents.variables(incident));
	}

}
