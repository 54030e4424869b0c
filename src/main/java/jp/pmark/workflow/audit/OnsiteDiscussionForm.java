package jp.pmark.workflow.audit;

import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/** 現地審査の実施を決める (assessment managers, DOC-5): after the discussion with the applicant. */
@Component
class OnsiteDiscussionForm implements TaskForm {

	private final Applications applications;

	private final DocumentReviewRepository reviews;

	private final OnsiteDiscussionRepository discussions;

	private final CurrentUser currentUser;

	OnsiteDiscussionForm(Applications applications, DocumentReviewRepository reviews,
			OnsiteDiscussionRepository discussions, CurrentUser currentUser) {
		this.applications = applications;
		this.reviews = reviews;
		this.discussions = discussions;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.DECIDE_ONSITE_AUDIT;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("documentReviewText",
					AuditTexts.review(this.reviews.findFirstByApplicationIdOrderByIdDesc(application.getId())));
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		String decision = input.text("onsiteDecision");
		rules.require("PROCEED".equals(decision) || "WITHDRAW".equals(decision), "onsiteDecision", "DOC-5",
				"現地審査を実施するか、申請者が申請を取り下げたかを選んでください。", "Choose whether the on-site audit is held.");
		rules.require(input.has("discussionNote"), "discussionNote", "DOC-5", "申請者との協議の内容（時期・実施の可否）を入力してください。",
				"Record the discussion with the applicant.");
		rules.add(IndividualNumbers.check("discussionNote", input.text("discussionNote")));
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		this.discussions.save(new OnsiteDiscussion(application.getId(), input.text("onsiteDecision"),
				input.text("discussionNote"), this.currentUser.id()));
		this.applications.journal(input.businessKey(), "ONSITE_DISCUSSED",
				"現地審査についての協議：" + input.text("discussionNote"), this.currentUser.id());
		task.setVariable(AssessmentProcess.VAR_ONSITE_DECISION, input.text("onsiteDecision"));
	}

}
