package jp.pmark.workflow.merger;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;

import org.springframework.stereotype.Component;

/**
 * 合併・分社等の扱いを確認する (assessment managers, MRG-1): the table's classification and the
 * documents; the manager confirms the outcome, and gives the reason where the body
 * decides ("may be allowed") or departs from the table.
 */
@Component
public class MergerOutcomeForm extends MergerTaskForm<MergerOutcomeForm.Input> {

	/** What the form submits. */
	public record Input(MergerOutcome confirmedOutcome, String confirmationReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "receivedDocumentsText")
		.prefills("confirmedOutcome");

	MergerOutcomeForm(MergerCases cases, CurrentUser currentUser) {
		super(MergerProcess.CONFIRM_OUTCOME, CONTRACT, cases, currentUser);
	}

	@Override
	public void prepare(FormView view) {
		MergerCase mergerCase = reached(view.businessKey(), MergerCase.State.CONFIRMING);
		view.show("caseSummary", this.cases.summary(mergerCase))
			.show("receivedDocumentsText", MergerTexts.receivedDocuments(this.cases.documents(mergerCase)));
		if (mergerCase.getOutcome() != MergerOutcome.INQUIRE) {
			view.prefill("confirmedOutcome", mergerCase.getOutcome());
		}
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		MergerCase mergerCase = this.cases.get(context.businessKey());
		MergerRules.checkOutcome(input, mergerCase.getOutcome(), mergerCase.getRegistrationId() != null,
				mergerCase.getCounterpartyName(), rules);
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.cases.confirmed(this.cases.get(context.businessKey()), input.confirmedOutcome(),
				input.confirmationReason(), this.currentUser.id());
	}

}
