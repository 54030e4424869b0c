package jp.pmark.workflow.fee;

import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * 現地審査料を請求する (accounting, FEE-4): the on-site audit fee of the size class, plus travel
 * and lodging at cost as the auditors' receipts show.
 */
@Component
class OnsiteInvoiceForm implements TaskForm {

	private final Applications applications;

	private final FeeSchedule schedule;

	private final InvoiceService invoices;

	private final CurrentUser currentUser;

	OnsiteInvoiceForm(Applications applications, FeeSchedule schedule, InvoiceService invoices,
			CurrentUser currentUser) {
		this.applications = applications;
		this.schedule = schedule;
		this.invoices = invoices;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.INVOICE_ONSITE_AUDIT;
	}

	@Override
	public void prepare(DelegateTask task) {
		Application application = this.applications.get(task.getExecution().getProcessBusinessKey());
		long fee = onsiteFee(application);
		CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(application.getApplicationNumber()))
			.set("onsiteFeeText",
					InvoiceService.yen(fee) + "（" + Applications.sizeClassName(application.getSizeClass()) + "・"
							+ application.getKind().japaneseName() + "、料金表 "
							+ this.schedule.on(application.getAppliedOn()).effectiveFrom() + " 改定分）")
			.set("travelYen", 0)
			.set("lodgingYen", 0);
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		for (String field : new String[] { "travelYen", "lodgingYen" }) {
			Long amount = input.number(field);
			rules.require(amount != null && amount >= 0, field, "FEE-4", "交通費・宿泊費は0以上の金額（円、整数）で入力してください。",
					"Travel and lodging costs must be 0 or more whole yen.");
		}
		rules.add(IndividualNumbers.check("costNote", input.text("costNote")));
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		this.invoices.issue(application, InvoiceKind.ONSITE_AUDIT_FEE, onsiteFee(application),
				input.number("travelYen"), input.number("lodgingYen"), this.currentUser.id(), true);
		if (input.has("costNote")) {
			this.applications.journal(application.getApplicationNumber(), "ONSITE_COSTS", input.text("costNote"),
					this.currentUser.id());
		}
	}

	private long onsiteFee(Application application) {
		return this.schedule.amounts(application.getAppliedOn(), application.getKind(), application.getSizeClass())
			.onsiteAudit();
	}

}
