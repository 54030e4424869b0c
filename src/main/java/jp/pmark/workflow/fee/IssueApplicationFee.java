package jp.pmark.workflow.fee;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.CaseLetter;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 受理通知書と申請料請求書を送付する (FEE-1): decides the size class (FEE-7), issues the application fee
 * invoice and sends it inside the acceptance notice (申請書受理通知書).
 */
@Component("issueApplicationFee")
class IssueApplicationFee implements JavaDelegate {

	private final Applications applications;

	private final SizeClasses sizeClasses;

	private final FeeSchedule schedule;

	private final InvoiceService invoices;

	private final Letters letters;

	private final CurrentUser currentUser;

	IssueApplicationFee(Applications applications, SizeClasses sizeClasses, FeeSchedule schedule,
			InvoiceService invoices, Letters letters, CurrentUser currentUser) {
		this.applications = applications;
		this.sizeClasses = sizeClasses;
		this.schedule = schedule;
		this.invoices = invoices;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		String sizeClass = this.sizeClasses.decide(application);
		application = this.applications.get(application.getApplicationNumber());
		String actor = this.currentUser.id();
		Invoice invoice = this.invoices.issue(application, InvoiceKind.APPLICATION_FEE,
				this.schedule.applicationFee(application.getAppliedOn()), 0, 0, actor, false);
		FeeProperties.Amounts amounts = this.schedule.amounts(application.getAppliedOn(), application.getKind(),
				sizeClass);
		CaseLetter letter = FeeLetters.acceptance(application.getApplicationNumber(),
				application.getApplicant().getName(), application.getAppliedOn(), Applications.sizeClassName(sizeClass),
				amounts, this.invoices.invoiceContents(application, invoice));
		this.letters.record(application.getId(), letter.kind(), letter.title(), application.getApplicant().recipient(),
				letter.contents(), actor);
	}

}
