package jp.pmark.workflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_AssessDeadlines} (INC-2, INC-3, INC-5): sets the incident's deadlines and
 * writes what the inclusive gateway routes on: a prompt report awaited, a final report
 * awaited, JIPDEC to be told.
 */
@Component("assessDeadlines")
class AssessDeadlines implements JavaDelegate {

	private final IncidentDeadlines deadlines;

	AssessDeadlines(IncidentDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReportDeadlines.Waits waits = this.deadlines.assess(execution.getProcessBusinessKey());
		execution.setVariable(IncidentProcess.VAR_PROMPT_WAIT, waits.prompt());
		execution.setVariable(IncidentProcess.VAR_FINAL_WAIT, waits.finalReport());
		execution.setVariable(IncidentProcess.VAR_SECONDARY_DAMAGE, waits.secondaryDamage());
	}

}
