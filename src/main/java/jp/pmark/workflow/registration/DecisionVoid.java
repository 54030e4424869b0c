package jp.pmark.workflow.registration;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** 決定の失効を記録する (JIP-3): the contract was not completed within 3 months of the decision. */
@Component("decisionVoid")
class DecisionVoid implements JavaDelegate {

	private final Applications applications;

	private final Letters letters;

	private final CurrentUser currentUser;

	DecisionVoid(Applications applications, Letters letters, CurrentUser currentUser) {
		this.applications = applications;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.VOID, this.currentUser.id(),
				"決定日から3か月以内に付与契約と付与登録料の支払いが完了しませんでした");
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", application.getApplicationNumber());
		contents.put("申請者", application.getApplicant().getName());
		contents.put("本文", "付与適格決定の日から3か月以内に付与契約の締結と付与登録料のお支払いが完了しなかったため、付与適格決定は効力を失いました。");
		this.letters.record(application.getId(), "DECISION_VOID_NOTICE", "付与適格決定の失効について",
				application.getApplicant().recipient(), contents, this.currentUser.id());
	}

}
