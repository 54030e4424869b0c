package jp.pmark.workflow.fee;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.Applications;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/** 入金を記録する (accounting, FEE-5): the payment of an invoice, recorded once. */
@Component
class PaymentForm implements TaskForm {

	private final InvoiceService invoices;

	private final Applications applications;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	PaymentForm(InvoiceService invoices, Applications applications, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.invoices = invoices;
		this.applications = applications;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return InvoiceProcess.KEY;
	}

	@Override
	public String taskKey() {
		return InvoiceProcess.RECORD_PAYMENT;
	}

	@Override
	public void prepare(DelegateTask task) {
		Invoice invoice = this.invoices.find(task.getExecution().getProcessBusinessKey()).orElseThrow();
		Application application = this.applications.get(invoice.getApplicationId());
		StringBuilder text = new StringBuilder();
		this.invoices.invoiceContents(application, invoice)
			.forEach((label, value) -> text.append(label).append("：").append(value).append('\n'));
		CaseView.of(task)
			.set("invoiceText", text.toString().stripTrailing())
			.set("paidAmount", invoice.getTotalYen())
			.set("paidOn", this.calendar.today());
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		rules.require(input.date("paidOn") != null, "paidOn", "FEE-5", "入金日を入力してください。", "Enter the payment date.");
		if (input.date("paidOn") != null) {
			rules.require(!input.date("paidOn").isAfter(this.calendar.today()), "paidOn", "FEE-5", "入金日に未来の日付は入力できません。",
					"The payment date cannot be in the future.");
		}
		Invoice invoice = this.invoices.find(input.businessKey()).orElseThrow();
		Long amount = input.number("paidAmount");
		rules.require(amount != null && amount == invoice.getTotalYen(), "paidAmount", "FEE-5",
				"入金額が請求金額 " + InvoiceService.yen(invoice.getTotalYen()) + " と一致しません。",
				"The amount paid does not match the invoice total.");
		rules.require(input.has("paymentReference"), "paymentReference", "FEE-5", "入金の照合番号（振込の受付番号など）を入力してください。",
				"Enter the payment reference.");
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		this.invoices.recordPayment(input.businessKey(), input.date("paidOn"), input.number("paidAmount"),
				input.text("paymentReference"), this.currentUser.id());
	}

}
