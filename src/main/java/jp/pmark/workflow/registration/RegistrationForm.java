package jp.pmark.workflow.registration;

import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.decision.DecisionRepository;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.ApplicationKind;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * 登録情報を記録する (reception, JIP-2): the registration number and validity JIPDEC returned; the
 * engine's timer voids the decision when 3 months pass first (JIP-3).
 */
@Component
class RegistrationForm implements TaskForm {

	private final Applications applications;

	private final DecisionRepository decisions;

	private final Registrations registrations;

	private final CurrentUser currentUser;

	RegistrationForm(Applications applications, DecisionRepository decisions, Registrations registrations,
			CurrentUser currentUser) {
		this.applications = applications;
		this.decisions = decisions;
		this.registrations = registrations;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.RECORD_REGISTRATION;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		CaseView view = CaseView.of(task);
		view.set("caseSummary", this.applications.caseSummary(number))
			.set("decisionText",
					this.decisions.findFirstByApplicationIdOrderByIdDesc(application.getId())
						.map((decision) -> "付与適格決定 " + decision.getDecidedOn() + "（" + decision.getCommitteeMeeting()
								+ "）／付与契約の期限 " + decision.contractDeadline())
						.orElse(""));
		// REN-5: a renewal continues the number and the validity of the registration it
		// renews
		if (application.getKind() == ApplicationKind.RENEWAL && application.getRenewalOfRegistrationId() != null) {
			Registration renewed = this.registrations.get(application.getRenewalOfRegistrationId());
			view.set("renewalText",
					"登録番号 " + renewed.getRegistrationNumber() + "（有効期間 " + renewed.getValidFrom() + "〜"
							+ renewed.getValidUntil() + "、" + renewed.getStatus().japaneseName() + "）の更新です。")
				.set("registrationNumber", renewed.nextRenewalNumber())
				.set("validFrom", renewed.getValidUntil().plusDays(1));
		}
		else {
			view.set("renewalText", "新規の登録です。");
		}
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		this.registrations.check(this.applications.get(input.businessKey()), input.text("registrationNumber"),
				input.date("validFrom"), rules);
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		this.registrations.record(this.applications.get(input.businessKey()), input.text("registrationNumber"),
				input.date("validFrom"), this.currentUser.id());
	}

}
