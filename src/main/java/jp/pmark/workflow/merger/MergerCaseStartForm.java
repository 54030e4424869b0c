package jp.pmark.workflow.merger;

import java.time.LocalDate;

import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;

import org.springframework.stereotype.Component;

/**
 * The start form of a merger case that staff open when told of a merger, split or
 * transfer, before or after it takes effect (MRG-2): {@code forms/merger-case.form}.
 * {@link RegisterMergerCase} records it.
 */
@Component
public class MergerCaseStartForm implements StartForm<MergerCaseStartForm.Input> {

	/** What staff enter from the business's notice. */
	public record Input(String registrationNumber, String applicationNumber, boolean newCompanyCase,
			MergerFacts.Event event, MergerFacts.Counterparty counterparty, String counterpartyName,
			String counterpartyCorporateNumber, String counterpartyRegistrationNumber,
			String counterpartyApplicationNumber, boolean wholeBusiness, boolean successorDormant,
			LocalDate effectiveOn, LocalDate notifiedOn, String description) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class);

	private final MergerCases cases;

	MergerCaseStartForm(MergerCases cases) {
		this.cases = cases;
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
	public void validate(Input input, Rules rules) {
		this.cases.check(read(input), rules);
	}

	MergerRequest read(Input input) {
		return new MergerRequest(input.registrationNumber(), input.applicationNumber(), input.newCompanyCase(),
				input.event(), input.counterparty(), input.counterpartyName(), input.counterpartyCorporateNumber(),
				input.counterpartyRegistrationNumber(), input.counterpartyApplicationNumber(), input.wholeBusiness(),
				input.successorDormant(), input.effectiveOn(), input.notifiedOn(), input.description());
	}

}
