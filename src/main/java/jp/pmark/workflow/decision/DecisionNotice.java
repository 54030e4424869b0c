package jp.pmark.workflow.decision;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** 審査結果を通知する (DEC-4): "プライバシーマーク付与適格性審査結果について". */
@Component("decisionNotice")
class DecisionNotice implements JavaDelegate {

	static final String TITLE = "プライバシーマーク付与適格性審査結果について";

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
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", application.getApplicationNumber());
		contents.put("申請者", application.getApplicant().getName());
		contents.put("決定日", decision.getDecidedOn().toString());
		contents.put("審査会", decision.getCommitteeMeeting());
		contents.put("結果", decision.isEligible() ? "付与適格" : "付与適格否認");
		contents.put("理由", decision.getReason());
		if (decision.isEligible()) {
			contents.put("今後の手続き", "付与機関（JIPDEC）から付与契約に必要な書類が送付されます。" + decision.contractDeadline()
					+ "までに付与契約の締結と付与登録料のお支払いを完了してください。期限までに完了しない場合、この決定は効力を失います。");
		}
		this.letters.record(application.getId(), "DECISION_NOTICE", TITLE, application.getApplicant().recipient(),
				contents, this.currentUser.id());
	}

}
