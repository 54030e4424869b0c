package jp.pmark.workflow.fee;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 現地審査料を請求する (accounting, FEE-4): the on-site audit fee of the size class, plus travel
 * and lodging at cost as the auditors' receipts show.
 */
@Component
public class OnsiteInvoiceForm extends AssessmentTaskForm<OnsiteInvoiceForm.Input> {

	/** What the form submits. */
	public record Input(Long travelYen, Long lodgingYen, String costNote) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "onsiteFeeText")
		.prefills("travelYen", "lodgingYen");

	private final FeeSchedule schedule;

	private final InvoiceService invoices;

	OnsiteInvoiceForm(Applications applications, FeeSchedule schedule, InvoiceService invoices,
			CurrentUser currentUser) {
		super(AssessmentProcess.INVOICE_ONSITE_AUDIT, CONTRACT, applications, currentUser);
		this.schedule = schedule;
		this.invoices = invoices;
	}

	@Override
	public void prepare(FormView view) {
		Application application = this.applications.get(view.businessKey());
		long fee = onsiteFee(application);
		view.show("caseSummary", this.applications.caseSummary(application.getApplicationNumber()))
			.show("onsiteFeeText",
					InvoiceService.yen(fee) + "（" + Applications.sizeClassName(application.getSizeClass()) + "・"
							+ application.getKind().japaneseName() + "、料金表 "
							+ this.schedule.on(application.getAppliedOn()).effectiveFrom() + " 改定分）")
			.prefill("travelYen", 0L)
			.prefill("lodgingYen", 0L);
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		atCost(input.travelYen(), "travelYen", rules);
		atCost(input.lodgingYen(), "lodgingYen", rules);
		rules.add(IndividualNumbers.check("costNote", input.costNote()));
	}

	@Override
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		this.invoices.issue(application, InvoiceKind.ONSITE_AUDIT_FEE, onsiteFee(application), input.travelYen(),
				input.lodgingYen(), this.currentUser.id(), true);
		if ((input.costNote() != null)) {
			this.applications.journal(application.getApplicationNumber(), "ONSITE_COSTS", input.costNote(),
					this.currentUser.id());
		}
	}

	private static void atCost(Long amount, String field, Rules rules) {
		rules.require(amount != null && amount >= 0, field, RuleId.FEE_4, "travel-lodging-costs-must-0");
	}

	private long onsiteFee(Application application) {
		return this.schedule.amounts(application.getAppliedOn(), application.getKind(), application.getSizeClass())
			.onsiteAudit();
	}

}
