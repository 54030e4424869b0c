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
			rules.refuse("confirmedOutcome", "MRG-1", "付与の地位の扱い（継続・移る・解除・申請が必要）を選んでください。", "Choose the outcome.");
			return;
		}
		rules.add(IndividualNumbers.check("confirmationReason", input.confirmationReason()));
		boolean decided = outcome != mergerCase.getOutcome() || outcome == MergerOutcome.PASSES;
		rules.require(!decided || (input.confirmationReason() != null), "confirmationReason", "MRG-1",
				"判定表と異なる扱い、または付与の地位を他の事業者に移す扱いには、判断の理由を入力してください。", "Give the reason for an outcome the body decides.");
		if (outcome == MergerOutcome.PASSES) {
			rules.require(mergerCase.getRegistrationId() != null && mergerCase.getCounterpartyName() != null,
					"confirmedOutcome", "MRG-1", "付与の地位を移すには、登録と承継する事業者（相手方）が必要です。",
					"A status passes from a registration to a named business.");
		}
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.cases.confirmed(this.cases.get(context.businessKey()), input.confirmedOutcome(),
				input.confirmationReason(), this.currentUser.id());
	}

}
