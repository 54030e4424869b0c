package jp.pmark.workflow.fee;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/** 入金を記録する (accounting, FEE-5): the payment of an invoice, recorded once. */
@Component
public class PaymentForm extends ProcessTaskForm<PaymentForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate paidOn, Long paidAmount, String paymentReference) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("invoiceText")
		.prefills("paidAmount", "paidOn");

	private final InvoiceService invoices;

	private final Applications applications;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	PaymentForm(InvoiceService invoices, Applications applications, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(InvoiceProcess.PROCESS, InvoiceProcess.RECORD_PAYMENT, CONTRACT);
		this.invoices = invoices;
		this.applications = applications;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		Invoice invoice = this.invoices.find(view.businessKey()).orElseThrow();
		Application application = this.applications.get(invoice.getApplicationId());
		StringBuilder text = new StringBuilder();
		this.invoices.invoiceContents(application, invoice).forEach((label, value) -> {
			if (value instanceof String shown) {
				text.append(label).append("：").append(shown).append('\n');
			}
		});
		view.show("invoiceText", text.toString().stripTrailing())
			.prefill("paidAmount", invoice.getTotalYen())
			.prefill("paidOn", this.calendar.today());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		rules.require(input.paidOn() != null, "paidOn", RuleId.FEE_5, "enter-payment-date");
		if (input.paidOn() != null) {
			rules.require(!input.paidOn().isAfter(this.calendar.today()), "paidOn", RuleId.FEE_5,
					"payment-date-cannot-future");
		}
		Invoice invoice = this.invoices.find(context.businessKey()).orElseThrow();
		Long amount = input.paidAmount();
		rules.require(amount != null && amount == invoice.getTotalYen(), "paidAmount", RuleId.FEE_5,
				"amount-paid-does-not-match", InvoiceService.yen(invoice.getTotalYen()));
		rules.require((input.paymentReference() != null), "paymentReference", RuleId.FEE_5, "enter-payment-reference");
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.invoices.recordPayment(context.businessKey(), input.paidOn(), input.paidAmount(), input.paymentReference(),
				this.currentUser.id());
	}

}
