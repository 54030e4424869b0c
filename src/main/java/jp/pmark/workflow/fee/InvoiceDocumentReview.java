package jp.pmark.workflow.fee;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** 文書審査料を請求する (FEE-3): after the document review, by size class and kind. */
@Component("invoiceDocumentReview")
class InvoiceDocumentReview implements JavaDelegate {

	private final Applications applications;

	private final FeeSchedule schedule;

	private final InvoiceService invoices;

	private final CurrentUser currentUser;

	InvoiceDocumentReview(Applications applications, FeeSchedule schedule, InvoiceService invoices,
			CurrentUser currentUser) {
		this.applications = applications;
		this.schedule = schedule;
		this.invoices = invoices;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		long fee = this.schedule.amounts(application.getAppliedOn(), application.getKind(), application.getSizeClass())
			.documentReview();
		this.invoices.issue(application, InvoiceKind.DOCUMENT_REVIEW_FEE, fee, 0, 0, this.currentUser.id(), true);
	}

}
