package jp.pmark.workflow.change;

import java.util.Map;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.StartFormRegistration;
import jp.pmark.workflow.common.TaskForms;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * 変更報告を登録する: records a report entered in Tasklist, gives the process instance the report
 * number as business key, and keeps only what routing and the task list need.
 */
@Component("registerChangeReport")
class RegisterChangeReport extends StartFormRegistration<ChangeReportStartForm.Input, ChangeReport> {

	private final ChangeReportStartForm form;

	private final ChangeReports reports;

	private final ApplicantService applicants;

	RegisterChangeReport(ChangeReportStartForm form, TaskForms forms, ChangeReports reports,
			ApplicantService applicants, CurrentUser currentUser) {
		super(form, forms, currentUser);
		this.form = form;
		this.reports = reports;
		this.applicants = applicants;
	}

	@Override
	protected ChangeReport register(ChangeReportStartForm.Input input, String recordedBy) {
		return this.reports.register(this.form.read(input), recordedBy);
	}

	@Override
	protected String number(ChangeReport report) {
		return report.getReportNumber();
	}

	@Override
	protected Map<String, Object> routing(ChangeReport report) {
		return Variables.createVariables()
			.putValue(ChangeReportProcess.VAR_REPORT_NUMBER, report.getReportNumber())
			.putValue(ChangeReportProcess.VAR_APPLICANT_NAME, this.applicants.get(report.getApplicantId()).getName())
			.putValue(ChangeReportProcess.VAR_KINDS, report.kindNames());
	}

}
