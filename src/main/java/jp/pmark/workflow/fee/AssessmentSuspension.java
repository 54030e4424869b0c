package jp.pmark.workflow.fee;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.CaseLetter;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/**
 * FEE-5: while an invoice is unpaid past its due date the assessment is suspended (its
 * process instance, so no task of it can be worked and Cockpit shows it suspended; and
 * the application is marked), and it resumes when payment is recorded and no other
 * invoice of the case is overdue. Called from the invoice's BPMN with the invoice number,
 * e.g. {@code ${assessmentSuspension.suspend(invoiceNumber)}}, which keeps the answer as
 * {@code assessmentSuspended}; the rules are {@link SuspensionRules}, the reminder's text
 * {@link FeeLetters}.
 */
@Component("assessmentSuspension")
public class AssessmentSuspension {

	private final RuntimeService runtimeService;

	private final Applications applications;

	private final InvoiceService invoices;

	private final Letters letters;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	AssessmentSuspension(RuntimeService runtimeService, Applications applications, InvoiceService invoices,
			Letters letters, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		this.runtimeService = runtimeService;
		this.applications = applications;
		this.invoices = invoices;
		this.letters = letters;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	/**
	 * The invoice is overdue: suspend the assessment, if it still runs, and send a
	 * reminder.
	 * @param invoiceNumber the overdue invoice
	 * @return whether this suspended the assessment, which the invoice's process keeps as
	 * {@code assessmentSuspended}
	 */
	public boolean suspend(String invoiceNumber) {
		Invoice invoice = this.invoices.find(invoiceNumber).orElseThrow();
		Application application = this.applications.get(invoice.getApplicationId());
		ProcessInstance assessment = assessment(application);
		String reason = SuspensionRules.overdueReason(invoice);
		boolean suspended = assessment != null && !assessment.isSuspended();
		if (suspended) {
			this.runtimeService.updateProcessInstanceSuspensionState()
				.byProcessInstanceId(assessment.getId())
				.suspend();
			this.applications.setSuspended(application.getApplicationNumber(), true, this.currentUser.id(), reason);
		}
		else {
			this.applications.journal(application.getApplicationNumber(), "PAYMENT_OVERDUE", reason,
					this.currentUser.id());
		}
		CaseLetter reminder = FeeLetters.reminder(this.invoices.invoiceContents(application, invoice),
				this.calendar.today());
		this.letters.record(application.getId(), reminder.kind(), reminder.title(),
				application.getApplicant().recipient(), reminder.contents(), this.currentUser.id());
		return suspended;
	}

	/**
	 * The invoice is paid: resume the assessment unless another invoice of it is overdue.
	 * @param invoiceNumber the paid invoice
	 * @return whether the assessment stays suspended, which the invoice's process keeps
	 * as {@code assessmentSuspended}
	 */
	public boolean resume(String invoiceNumber) {
		Invoice paid = this.invoices.find(invoiceNumber).orElseThrow();
		Application application = this.applications.get(paid.getApplicationId());
		if (SuspensionRules.otherOverdue(this.invoices.invoicesOf(application), paid, this.calendar.today())) {
			this.applications.journal(application.getApplicationNumber(), "PAYMENT_RECORDED", "他に未納の請求があるため審査の中断を続けます",
					this.currentUser.id());
			return true;
		}
		ProcessInstance assessment = assessment(application);
		if (assessment != null && assessment.isSuspended()) {
			this.runtimeService.updateProcessInstanceSuspensionState()
				.byProcessInstanceId(assessment.getId())
				.activate();
		}
		this.applications.setSuspended(application.getApplicationNumber(), false, this.currentUser.id(),
				SuspensionRules.paidReason(paid));
		return false;
	}

	private ProcessInstance assessment(Application application) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(application.getApplicationNumber())
			.singleResult();
	}

}
