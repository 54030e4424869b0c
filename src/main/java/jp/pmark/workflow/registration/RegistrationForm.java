package jp.pmark.workflow.registration;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.decision.Decisions;

import org.springframework.stereotype.Component;

/**
 * 登録情報を記録する (reception, JIP-2): the registration number and validity JIPDEC returned; the
 * engine's timer voids the decision when 3 months pass first (JIP-3).
 */
@Component
public class RegistrationForm extends ProcessTaskForm<RegistrationForm.Input> {

	/** What the form submits. */
	public record Input(String registrationNumber, LocalDate validFrom) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "decisionText", "renewalText")
		.prefills("registrationNumber", "validFrom");

	private final Applications applications;

	private final Decisions decisions;

	private final Registrations registrations;

	private final CurrentUser currentUser;

	RegistrationForm(Applications applications, Decisions decisions, Registrations registrations,
			CurrentUser currentUser) {
		super(AssessmentProcess.PROCESS, AssessmentProcess.RECORD_REGISTRATION, CONTRACT);
		this.applications = applications;
		this.decisions = decisions;
		this.registrations = registrations;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("decisionText",
					this.decisions.latest(application)
						.map((decision) -> "付与適格決定 " + decision.getDecidedOn() + "（" + decision.getCommitteeMeeting()
								+ "）／付与契約の期限 " + decision.contractDeadline())
						.orElse(""));
		// REN-5: a renewal continues the number and the validity of the registration it
		// renews
		if (application.getKind() == ApplicationKind.RENEWAL && application.getRenewalOfRegistrationId() != null) {
			Registration renewed = this.registrations.get(application.getRenewalOfRegistrationId());
			view.show("renewalText",
					"登録番号 " + renewed.getRegistrationNumber() + "（有効期間 " + renewed.getValidFrom() + "〜"
							+ renewed.getValidUntil() + "、" + renewed.getStatus().japaneseName() + "）の更新です。")
				.prefill("registrationNumber", renewed.nextRenewalNumber())
				.prefill("validFrom", renewed.getValidUntil().plusDays(1));
		}
		else {
			view.show("renewalText", "新規の登録です。");
		}
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		this.registrations.check(this.applications.get(context.businessKey()), input.registrationNumber(),
				input.validFrom(), rules);
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.registrations.record(this.applications.get(context.businessKey()), input.registrationNumber(),
				input.validFrom(), this.currentUser.id());
	}

}
