package jp.pmark.workflow.change;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 変更報告を登録する: records a report entered in Tasklist, gives the process instance the report
 * number as business key, and keeps only what routing and the task list need.
 */
@Component("registerChangeReport")
class RegisterChangeReport implements JavaDelegate {

	private final ChangeReportStartForm form;

	private final TaskForms forms;

	private final ChangeReports reports;

	private final ApplicantService applicants;

	private final CurrentUser currentUser;

	RegisterChangeReport(ChangeReportStartForm form, TaskForms forms, ChangeReports reports,
			ApplicantService applicants, CurrentUser currentUser) {
		this.form = form;
		this.forms = forms;
		this.reports = reports;
		this.applicants = applicants;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ChangeReportStartForm.Input input = this.forms.startSubmission(execution, this.form);
		ChangeReport report = TaskForms
			.refusing(() -> this.reports.register(this.form.read(input), this.currentUser.id()));
		execution.setProcessBusinessKey(report.getReportNumber());
		execution.setVariable(ChangeReportProcess.VAR_REPORT_NUMBER, report.getReportNumber());
		execution.setVariable(ChangeReportProcess.VAR_APPLICANT_NAME,
				this.applicants.get(report.getApplicantId()).getName());
		execution.setVariable(ChangeReportProcess.VAR_KINDS, report.kindNames());
	}

}
