package jp.pmark.workflow.merger;

import java.util.stream.Collectors;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 合併・分社等の扱いを確認する (assessment managers, MRG-1): the table's classification and the
 * documents; the manager confirms the outcome, and gives the reason where the body
 * decides ("may be allowed") or departs from the table.
 */
@Component
public class MergerOutcomeForm implements TaskForm<MergerOutcomeForm.Input> {

	/** What the form submits. */
	public record Input(MergerOutcome confirmedOutcome, String confirmationReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "receivedDocumentsText")
		.prefills("confirmedOutcome");

	private final MergerCases cases;

	private final CurrentUser currentUser;

	MergerOutcomeForm(MergerCases cases, CurrentUser currentUser) {
		this.cases = cases;
		this.currentUser = currentUser;
	}

	@Override
	public ProcessModel process() {
		return MergerProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public String taskKey() {
		return MergerProcess.CONFIRM_OUTCOME;
	}

	@Override
	public void prepare(FormView view) {
		MergerCase mergerCase = this.cases.get(view.businessKey());
		this.cases.reached(mergerCase, MergerCase.State.CONFIRMING);
		String received = this.cases.documents(mergerCase)
			.stream()
			.map((document) -> document.getDocumentType().japaneseName() + "（" + document.getReceivedOn() + "）")
			.collect(Collectors.joining("\n"));
		view.show("caseSummary", this.cases.summary(mergerCase))
			.show("receivedDocumentsText", received.isEmpty() ? "（提出書類なし）" : received);
		if (mergerCase.getOutcome() != MergerOutcome.INQUIRE) {
			view.prefill("confirmedOutcome", mergerCase.getOutcome());
		}
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		MergerCase mergerCase = this.cases.get(context.businessKey());
		MergerOutcome outcome = input.confirmedOutcome();
		if (outcome == null || outcome == MergerOutcome.INQUIRE) {
			rules.refuse("confirmedOutcome", RuleId.MRG_1, "choose-outcome");
			return;
		}
		rules.add(IndividualNumbers.check("confirmationReason", input.confirmationReason()));
		boolean decided = outcome != mergerCase.getOutcome() || outcome == MergerOutcome.PASSES;
		rules.require(!decided || (input.confirmationReason() != null), "confirmationReason", RuleId.MRG_1,
				"give-reason-outcome-body-decides");
		if (outcome == MergerOutcome.PASSES) {
			rules.require(mergerCase.getRegistrationId() != null && mergerCase.getCounterpartyName() != null,
					"confirmedOutcome", RuleId.MRG_1, "status-passes-from-registration");
		}
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.cases.confirmed(this.cases.get(context.businessKey()), input.confirmedOutcome(),
				input.confirmationReason(), this.currentUser.id());
	}

}
