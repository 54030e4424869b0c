package jp.pmark.workflow.change;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * 閉鎖事項証明書を受け付ける (reception, CHG-4): the certificate arrived, and the report is verified
 * again; or it did not, and the report goes back.
 */
@Component
class ClosedCertificateForm implements TaskForm {

	private final ChangeReports reports;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	ClosedCertificateForm(ChangeReports reports, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		this.reports = reports;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return ChangeReportProcess.KEY;
	}

	@Override
	public String taskKey() {
		return ChangeReportProcess.RECEIVE_CLOSED_CERTIFICATE;
	}

	@Override
	public void prepare(DelegateTask task) {
		ChangeReport report = this.reports.get(task.getExecution().getProcessBusinessKey());
		var verifications = this.reports.verifications(report);
		String reason = verifications.isEmpty() ? "" : verifications.get(verifications.size() - 1).getReason();
		CaseView.of(task)
			.set("reportSummary", this.reports.summary(report))
			.set("requestText", "閉鎖事項証明書のコピーの提出を依頼しました。理由：" + ((reason == null) ? "" : reason))
			.set("certificateReceivedOn", this.calendar.today());
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		String outcome = input.text("certificateOutcome");
		rules.require("RECEIVED".equals(outcome) || "NOT_SUBMITTED".equals(outcome), "certificateOutcome", "CHG-4",
				"閉鎖事項証明書が届いたかどうかを選んでください。", "Choose whether the certificate arrived.");
		rules.add(IndividualNumbers.check("certificateNote", input.text("certificateNote")));
		if ("RECEIVED".equals(outcome)) {
			LocalDate receivedOn = input.date("certificateReceivedOn");
			rules.require(receivedOn != null && !receivedOn.isAfter(this.calendar.today()), "certificateReceivedOn",
					"CHG-4", "閉鎖事項証明書を受け付けた日（今日まで）を入力してください。", "Enter the day it arrived, today at the latest.");
		}
		if ("NOT_SUBMITTED".equals(outcome)) {
			rules.require(input.has("certificateNote"), "certificateNote", "CHG-4", "差し戻す理由を入力してください（事業者に送付します）。",
					"Enter why the report is sent back.");
		}
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		ChangeReport report = this.reports.get(input.businessKey());
		String outcome = input.text("certificateOutcome");
		if ("RECEIVED".equals(outcome)) {
			this.reports.closedCertificateReceived(report, input.date("certificateReceivedOn"), this.currentUser.id());
		}
		else {
			this.reports.verified(report, ChangeReportVerification.Outcome.RETURN, false,
					"閉鎖事項証明書の提出がありませんでした。" + input.text("certificateNote"), this.currentUser.id());
		}
		task.setVariable(ChangeReportProcess.VAR_CERTIFICATE_OUTCOME, outcome);
	}

}
