package jp.pmark.workflow.registration;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.decision.Decision;
import jp.pmark.workflow.decision.Decisions;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.letter.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 付与機関へ報告する (JIP-1): an asynchronous step with retries: the report is recorded as a
 * letter once JIPDEC acknowledged it.
 */
@Component("reportToJipdec")
class JipdecReporting implements JavaDelegate {

	private final Applications applications;

	private final Decisions decisions;

	private final JipdecGateway gateway;

	private final JipdecReportRepository reports;

	private final Letters letters;

	private final CurrentUser currentUser;

	JipdecReporting(Applications applications, Decisions decisions, JipdecGateway gateway,
			JipdecReportRepository reports, Letters letters, CurrentUser currentUser) {
		this.applications = applications;
		this.decisions = decisions;
		this.gateway = gateway;
		this.reports = reports;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		Decision decision = this.decisions.latest(application).orElseThrow();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("申請番号", application.getApplicationNumber());
		report.put("申請区分", application.getKind().japaneseName());
		report.put("事業者名", application.getApplicant().getName());
		report.put("法人番号", application.getApplicant().getCorporateNumber());
		report.put("本店所在地", application.getApplicant().getAddress());
		report.put("代表者", application.getApplicant().getRepresentativeName());
		report.put("規模区分", Applications.sizeClassName(application.getSizeClass()));
		report.put("決定", "付与適格");
		report.put("決定日", decision.getDecidedOn().toString());
		report.put("審査会", decision.getCommitteeMeeting());
		String acknowledgement = this.gateway.send(report);
		this.reports.save(new JipdecReport(application.getId(), decision.getId(), acknowledgement));
		report.put("受領番号", acknowledgement);
		this.letters.record(application.getId(), "JIPDEC_REPORT", "プライバシーマーク付与適格決定の報告について", Recipients.JIPDEC, report,
				this.currentUser.id());
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.REPORTED_TO_JIPDEC,
				this.currentUser.id(), "受領番号 " + acknowledgement);
	}

}
