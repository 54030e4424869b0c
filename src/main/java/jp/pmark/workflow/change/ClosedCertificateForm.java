package jp.pmark.workflow.change;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;

import org.springframework.stereotype.Component;

/**
 * 閉鎖事項証明書を受け付ける (reception, CHG-4): the certificate arrived, and the report is verified
 * again; or it did not, and the report goes back.
 */
@Component
public class ClosedCertificateForm extends ChangeReportTaskForm<ClosedCertificateForm.Input> {

	/** 届いた / 提出されなかった (CHG-4). */
	public enum CertificateOutcome {

		RECEIVED, NOT_SUBMITTED

	}

	/** What the form submits. */
	public record Input(CertificateOutcome certificateOutcome, LocalDate certificateReceivedOn,
			String certificateNote) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("reportSummary", "requestText")
		.prefills("certificateReceivedOn");

	private final JapaneseBusinessCalendar calendar;

	ClosedCertificateForm(ChangeReports reports, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(ChangeReportProcess.RECEIVE_CLOSED_CERTIFICATE, CONTRACT, reports, currentUser);
		this.calendar = calendar;
	}

	@Override
	public void prepare(FormView view) {
		ChangeReport report = this.reports.get(view.businessKey());
		view.show("reportSummary", this.reports.summary(report))
			.show("requestText", ChangeReportTexts.certificateRequested(this.reports.lastReason(report).orElse(null)))
			.prefill("certificateReceivedOn", this.calendar.today());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		ChangeReportRules.checkCertificate(input, this.calendar.today(), rules);
	}

	@Override
	public void complete(Input input, FormContext context) {
		ChangeReport report = this.reports.get(context.businessKey());
		CertificateOutcome outcome = input.certificateOutcome();
		if (outcome == CertificateOutcome.RECEIVED) {
			this.reports.closedCertificateReceived(report, input.certificateReceivedOn(), this.currentUser.id());
		}
		else {
			this.reports.verified(report, ChangeReportVerification.Outcome.RETURN, false,
					ChangeReportTexts.certificateNotSubmitted(input.certificateNote()), this.currentUser.id());
		}
		context.route(ChangeReportProcess.VAR_CERTIFICATE_OUTCOME, outcome.name());
	}

}
