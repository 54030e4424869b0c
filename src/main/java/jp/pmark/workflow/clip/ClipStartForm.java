package jp.pmark.workflow.clip;

import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;

import org.springframework.stereotype.Component;

/**
 * CLIP-1: reception enters an enrolment that came by mail or phone, in Tasklist:
 * {@code forms/clip-enrolment.form}. A Privacy Mark case's number fills every field left
 * empty from that case. {@link RegisterClipEnrolment} records it.
 */
@Component
public class ClipStartForm implements StartForm<ClipStartForm.Input> {

	/** What reception enters. */
	public record Input(ClipPlan plan, String fromApplicationNumber, String name, String corporateNumber,
			String representativeName, String postalCode, String address, String contactName, String contactEmail,
			String contactPhone, Integer employees, boolean higherInsuranceCover, String outsideConsultant) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class);

	private final ClipEnrolments enrolments;

	ClipStartForm(ClipEnrolments enrolments) {
		this.enrolments = enrolments;
	}

	@Override
	public ProcessModel process() {
		return ClipProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public void validate(Input input, Rules rules) {
		this.enrolments.check(this.enrolments.resolve(read(input)), rules);
	}

	/** The enrolment the form describes. */
	ClipEnrolment read(Input input) {
		return new ClipEnrolment(input.plan(), input.name(), input.corporateNumber(), input.representativeName(),
				input.postalCode(), input.address(), input.contactName(), input.contactEmail(), input.contactPhone(),
				input.employees(), input.higherInsuranceCover(), input.outsideConsultant(),
				input.fromApplicationNumber());
	}

}
