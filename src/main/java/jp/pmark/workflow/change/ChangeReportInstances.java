package jp.pmark.workflow.change;

import java.util.Map;

import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/**
 * The engine side of change reports: starts a report's verification, and keeps the
 * business's name that a running assessment's tasks show in step with its record.
 */
@Component
class ChangeReportInstances {

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	ChangeReportInstances(RuntimeService runtimeService, EngineCalls engineCalls) {
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
	}

	/** Starts the verification of a report that came through the API. */
	void start(ChangeReport report, String applicantName) {
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.startProcessInstanceByKey(ChangeReportProcess.KEY, report.getReportNumber(),
						Map.of(ChangeReportProcess.VAR_REPORT_NUMBER, report.getReportNumber(),
								ChangeReportProcess.VAR_APPLICANT_NAME, applicantName, ChangeReportProcess.VAR_KINDS,
								report.kindNames())));
	}

	/** Tasklist shows the business's name on every task of the assessment. */
	void renameOnAssessment(String applicationNumber, String applicantName) {
		this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(applicationNumber)
			.list()
			.forEach((instance) -> this.runtimeService.setVariable(instance.getId(),
					AssessmentProcess.VAR_APPLICANT_NAME, applicantName)));
	}

}
