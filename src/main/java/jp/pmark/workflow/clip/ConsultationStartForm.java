package jp.pmark.workflow.clip;

import java.time.LocalDate;

import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * The start form of a complaint or leak consultation that reception takes by phone, mail
 * or e-mail (CLIP-4, CLIP-5): {@code forms/clip-consultation.form}.
 * {@link ConsultationRegistration} records it.
 */
@Component
public class ConsultationStartForm implements StartForm<ConsultationStartForm.Input> {

	/** What reception enters. */
	public record Input(String enrolmentNumber, ConsultationKind kind, ConsultationRaisedBy raisedBy,
			String complainantName, String complainantContact, LocalDate receivedOn, ConsultationChannel channel,
			String summary, ConsultationFirstHandling firstHandling, String firstHandlingNote) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class);

	private final ClipConsultations consultations;

	ConsultationStartForm(ClipConsultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public ProcessModel process() {
		return ClipConsultationProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public void validate(Input input, Rules rules) {
		// what came online the business sends through the portal itself
		rules.require(input.channel() != ConsultationChannel.ONLINE, "channel", RuleId.CLIP_4, "online-through-portal");
		this.consultations.check(read(input), rules);
	}

	/** The consultation the form describes. */
	ConsultationRequest read(Input input) {
		return new ConsultationRequest(input.enrolmentNumber(), input.kind(), input.raisedBy(), input.complainantName(),
				input.complainantContact(), input.receivedOn(), input.channel(), input.summary(), input.firstHandling(),
				input.firstHandlingNote());
	}

}
