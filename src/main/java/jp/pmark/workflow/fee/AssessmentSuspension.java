package jp.pmark.workflow.fee;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/**
 * FEE-5: while an invoice is unpaid past its due date the assessment is suspended (its
 * process instance, so no task of it can be worked and Cockpit shows it suspended; and
 * the application is marked), and it resumes when payment is recorded and no other
 * invoice of the case is overdue.
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
	 */
	public void suspend(DelegateExecution execution) {
		Invoice invoice = this.invoices.find(execution.getProcessBusinessKey()).orElseThrow();
		Application application = this.applications.get(invoice.getApplicationId());
		ProcessInstance assessment = assessment(application);
		String reason = invoice.getKind().japaneseName() + "（" + invoice.getInvoiceNumber() + "）が支払期限 "
				+ invoice.getDueOn() + " を過ぎても未納です";
		if (assessment != null && !assessment.isSuspended()) {
			this.runtimeService.updateProcessInstanceSuspensionState()
				.byProcessInstanceId(assessment.getId())
				.suspend();
			this.applications.setSuspended(application.getApplicationNumber(), true, this.currentUser.id(), reason);
			execution.setVariable(InvoiceProcess.VAR_SUSPENDED, true);
		}
		else {
			this.applications.journal(application.getApplicationNumber(), "PAYMENT_OVERDUE", reason,
					this.currentUser.id());
		}
		Map<String, Object> contents = new LinkedHashMap<>(this.invoices.invoiceContents(application, invoice));
		contents.put("本文", "下記のご請求について、お支払期限を過ぎてもご入金が確認できません。ご入金の確認ができるまで審査を中断いたします。");
		contents.put("通知日", this.calendar.today().toString());
		this.letters.record(application.getId(), "PAYMENT_REMINDER", "審査料金のお支払いについて（督促）",
				application.getApplicant().recipient(), contents, this.currentUser.id());
	}

	/**
	 * The invoice is paid: resume the assessment unless another invoice of it is overdue.
	 */
	public void resume(DelegateExecution execution) {
		Invoice paid = this.invoices.find(execution.getProcessBusinessKey()).orElseThrow();
		Application application = this.applications.get(paid.getApplicationId());
		boolean otherOverdue = this.invoices.invoicesOf(application)
			.stream()
			.anyMatch((invoice) -> !invoice.getId().equals(paid.getId()) && invoice.getStatus() == Invoice.Status.OPEN
					&& invoice.getDueOn().isBefore(this.calendar.today()));
		if (otherOverdue) {
			this.applications.journal(application.getApplicationNumber(), "PAYMENT_RECORDED", "他に未納の請求があるため審査の中断を続けます",
					this.currentUser.id());
			return;
		}
		ProcessInstance assessment = assessment(application);
		if (assessment != null && assessment.isSuspended()) {
			this.runtimeService.updateProcessInstanceSuspensionState()
				.byProcessInstanceId(assessment.getId())
				.activate();
		}
		this.applications.setSuspended(application.getApplicationNumber(), false, this.currentUser.id(),
				paid.getKind().japaneseName() + "（" + paid.getInvoiceNumber() + "）の入金を確認しました");
		execution.setVariable(InvoiceProcess.VAR_SUSPENDED, false);
	}

	private ProcessInstance assessment(Application application) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(application.getApplicationNumber())
			.singleResult();
	}

}
