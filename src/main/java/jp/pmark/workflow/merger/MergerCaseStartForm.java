package jp.pmark.workflow.merger;

import java.util.List;

import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;

import org.springframework.stereotype.Component;

/**
 * The start form of a merger case that staff open when told of a merger, split or
 * transfer, before or after it takes effect (MRG-2): {@code forms/merger-case.form}.
 */
@Component
class MergerCaseStartForm implements StartForm {

	/** The form's fields: business data, removed from the process once recorded. */
	static final List<String> FIELDS = List.of("registrationNumber", "applicationNumber", "newCompanyCase", "event",
			"counterparty", "counterpartyName", "counterpartyCorporateNumber", "counterpartyRegistrationNumber",
			"counterpartyApplicationNumber", "wholeBusiness", "successorDormant", "effectiveOn", "notifiedOn",
			"description");

	private final MergerCases cases;

	MergerCaseStartForm(MergerCases cases) {
		this.cases = cases;
	}

	@Override
	public String processKey() {
		return MergerProcess.KEY;
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		this.cases.check(read(input), rules);
	}

	MergerRequest read(FormInput input) {
		return new MergerRequest(input.text("registrationNumber"), input.text("applicationNumber"),
				input.bool("newCompanyCase"), value(MergerFacts.Event.class, input.text("event")),
				value(MergerFacts.Counterparty.class, input.text("counterparty")), input.text("counterpartyName"),
				input.text("counterpartyCorporateNumber"), input.text("counterpartyRegistrationNumber"),
				input.text("counterpartyApplicationNumber"), input.bool("wholeBusiness"),
				input.bool("successorDormant"), input.date("effectiveOn"), input.date("notifiedOn"),
				input.text("description"));
	}

	private static <E extends Enum<E>> E value(Class<E> type, String code) {
		if (code == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
