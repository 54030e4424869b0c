package jp.pmark.workflow.incident;

import java.util.Map;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.StartFormRegistration;
import jp.pmark.workflow.common.TaskForms;

import org.springframework.stereotype.Component;

/**
 * 事故の報告を登録する: records a report entered in Tasklist, gives the process instance the
 * incident number as business key, and keeps only what routing and the task list need.
 */
@Component("registerIncident")
class RegisterIncident extends StartFormRegistration<IncidentStartForm.Input, Incident> {

	private final IncidentStartForm form;

	private final Incidents incidents;

	RegisterIncident(IncidentStartForm form, TaskForms forms, Incidents incidents, CurrentUser currentUser) {
		super(form, forms, currentUser);
		this.form = form;
		this.incidents = incidents;
	}

	@Override
	protected Incident register(IncidentStartForm.Input input, String recordedBy) {
		return this.incidents.register(this.form.read(input), recordedBy);
	}

	@Override
	protected String number(Incident incident) {
		return incident.getIncidentNumber();
	}

	@Override
	protected Map<String, Object> routing(Incident incident) {
		return this.incidents.variables(incident);
	}

}
