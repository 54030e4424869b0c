package jp.pmark.workflow.audit;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/** 現地審査の実施を決める (assessment managers, DOC-5): after the discussion with the applicant. */
@Component
public class OnsiteDiscussionForm extends AssessmentTaskForm<OnsiteDiscussionForm.Input> {

	/** 実施する / 申請者が取り下げた (DOC-5). */
	public enum OnsiteDecision {

		PROCEED, WITHDRAW

	}

	/** What the form submits. */
	public record Input(OnsiteDecision onsiteDecision, String discussionNote) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class).views("caseSummary", "documentReviewText");

	private final DocumentReviewRepository reviews;

	private final OnsiteDiscussionRepository discussions;

	OnsiteDiscussionForm(Applications applications, DocumentReviewRepository reviews,
			OnsiteDiscussionRepository discussions, CurrentUser currentUser) {
		super(AssessmentProcess.DECIDE_ONSITE_AUDIT, CONTRACT, applications, currentUser);
		this.reviews = reviews;
		this.discussions = discussions;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("documentReviewText",
					AuditTexts.review(this.reviews.findFirstByApplicationIdOrderByIdDesc(application.getId())));
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		rules.require(input.onsiteDecision() != null, "onsiteDecision", RuleId.DOC_5, "choose-whether-site-audit-held");
		rules.require((input.discussionNote() != null), "discussionNote", RuleId.DOC_5, "record-discussion-applicant");
		rules.add(IndividualNumbers.check("discussionNote", input.discussionNote()));
	}

	@Override
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		this.discussions.save(new OnsiteDiscussion(application.getId(), input.onsiteDecision().name(),
				input.discussionNote(), this.currentUser.id()));
		this.applications.journal(context.businessKey(), "ONSITE_DISCUSSED", "現地審査についての協議：" + input.discussionNote(),
				this.currentUser.id());
		context.route(AssessmentProcess.VAR_ONSITE_DECISION, input.onsiteDecision().name());
	}

}
