package jp.pmark.workflow.decision;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.CaseLetter;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 審査結果を通知する (DEC-4): "プライバシーマーク付与適格性審査結果について", its text {@link DecisionLetters}.
 */
@Component("decisionNotice")
class DecisionNotice implements JavaDelegate {

	private final Applications applications;

	private final DecisionRepository decisions;

	private final Letters letters;

	private final CurrentUser currentUser;

	DecisionNotice(Applications applications, DecisionRepository decisions, Letters letters, CurrentUser currentUser) {
		this.applications = applications;
		this.decisions = decisions;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		Decision decision = this.decisions.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
		CaseLetter letter = DecisionLetters.notice(application.getApplicationNumber(),
				application.getApplicant().getName(), decision);
		this.letters.record(application.getId(), letter.kind(), letter.title(), application.getApplicant().recipient(),
				letter.contents(), this.currentUser.id());
	}

}
