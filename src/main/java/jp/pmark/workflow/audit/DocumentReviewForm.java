package jp.pmark.workflow.audit;

import java.util.ArrayList;
import java.util.List;

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
import jp.pmark.workflow.intake.SubmittedDocuments;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文書審査を行う (the team leader, DOC-1..DOC-3, DOC-5): the two viewpoints, the 15 areas each
 * judged present or absent with a comment, 様式6 and 様式7 used, and whether holding the
 * on-site audit needs a separate discussion.
 */
@Component
public class DocumentReviewForm extends AssessmentTaskForm<DocumentReviewForm.Input> {

	/** 適合 / 不備あり (DOC-4). */
	public enum ReviewResult {

		CONFORMING, DEFICIENT

	}

	/** What the form submits. */
	public record Input(boolean form6Used, boolean form7Used, String rulesConformity, String procedures,
			boolean area01Present, String area01Comment, boolean area02Present, String area02Comment,
			boolean area03Present, String area03Comment, boolean area04Present, String area04Comment,
			boolean area05Present, String area05Comment, boolean area06Present, String area06Comment,
			boolean area07Present, String area07Comment, boolean area08Present, String area08Comment,
			boolean area09Present, String area09Comment, boolean area10Present, String area10Comment,
			boolean area11Present, String area11Comment, boolean area12Present, String area12Comment,
			boolean area13Present, String area13Comment, boolean area14Present, String area14Comment,
			boolean area15Present, String area15Comment, ReviewResult reviewResult, String deficiencies,
			boolean onsiteDiscussionNeeded) {

		/** Whether the rules cover the area (DOC-2). */
		public boolean present(ReviewArea area) {
			return switch (area.ordinal()) {
				case 0 -> area01Present;
				case 1 -> area02Present;
				case 2 -> area03Present;
				case 3 -> area04Present;
				case 4 -> area05Present;
				case 5 -> area06Present;
				case 6 -> area07Present;
				case 7 -> area08Present;
				case 8 -> area09Present;
				case 9 -> area10Present;
				case 10 -> area11Present;
				case 11 -> area12Present;
				case 12 -> area13Present;
				case 13 -> area14Present;
				default -> area15Present;
			};
		}

		/** The team's comment on the area (DOC-2). */
		public String comment(ReviewArea area) {
			return switch (area.ordinal()) {
				case 0 -> area01Comment;
				case 1 -> area02Comment;
				case 2 -> area03Comment;
				case 3 -> area04Comment;
				case 4 -> area05Comment;
				case 5 -> area06Comment;
				case 6 -> area07Comment;
				case 7 -> area08Comment;
				case 8 -> area09Comment;
				case 9 -> area10Comment;
				case 10 -> area11Comment;
				case 11 -> area12Comment;
				case 12 -> area13Comment;
				case 13 -> area14Comment;
				default -> area15Comment;
			};
		}

	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "documentLinks", "auditTeamText")
		.prefills(java.util.Arrays.stream(ReviewArea.values()).map(ReviewArea::presentField).toArray(String[]::new));

	private final SubmittedDocuments documents;

	private final AuditTeams teams;

	private final DocumentReviewRepository reviews;

	private final DocumentReviewAreaRepository areas;

	DocumentReviewForm(Applications applications, SubmittedDocuments documents, AuditTeams teams,
			DocumentReviewRepository reviews, DocumentReviewAreaRepository areas, CurrentUser currentUser) {
		super(AssessmentProcess.REVIEW_DOCUMENTS, CONTRACT, applications, currentUser);
		this.documents = documents;
		this.teams = teams;
		this.reviews = reviews;
		this.areas = areas;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("documentLinks", this.documents.documentLinks(view.taskId(), number))
			.show("auditTeamText", this.teams.describe(application));
		for (ReviewArea area : ReviewArea.values()) {
			view.prefill(area.presentField(), true);
		}
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		rules.require((input.rulesConformity() != null), "rulesConformity", RuleId.DOC_1,
				"enter-finding-conformity-internal");
		rules.require((input.procedures() != null), "procedures", RuleId.DOC_1, "enter-finding-concrete-procedures");
		rules.require(input.form6Used(), "form6Used", RuleId.DOC_3, "confirm-form-6-used");
		rules.require(input.form7Used(), "form7Used", RuleId.DOC_3, "confirm-form-7-used");
		List<String> absent = new ArrayList<>();
		for (ReviewArea area : ReviewArea.values()) {
			rules.require(input.comment(area) != null, area.commentField(), RuleId.DOC_2, "enter-comment-area",
					area.japaneseName(), area.name());
			if (!input.present(area)) {
				absent.add(area.japaneseName());
			}
		}
		ReviewResult result = input.reviewResult();
		rules.require(result != null, "reviewResult", RuleId.DOC_4, "choose-result-document-review");
		if (!absent.isEmpty()) {
			rules.require(result == ReviewResult.DEFICIENT, "reviewResult", RuleId.DOC_2,
					"areas-missing-from-rules-result", String.join("、", absent));
		}
		if (result == ReviewResult.DEFICIENT) {
			rules.require((input.deficiencies() != null), "deficiencies", RuleId.DOC_4, "enter-deficiencies-they-sent");
		}
		rules.add(IndividualNumbers.check("rulesConformity", input.rulesConformity()));
		rules.add(IndividualNumbers.check("procedures", input.procedures()));
		rules.add(IndividualNumbers.check("deficiencies", input.deficiencies()));
		for (ReviewArea area : ReviewArea.values()) {
			rules.add(IndividualNumbers.check(area.commentField(), input.comment(area)));
		}
	}

	@Override
	@Transactional
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		DocumentReview review = this.reviews.save(new DocumentReview(application.getId(), input.reviewResult().name(),
				input.rulesConformity(), input.procedures(), input.form6Used(), input.form7Used(), input.deficiencies(),
				input.onsiteDiscussionNeeded(), this.currentUser.id()));
		for (ReviewArea area : ReviewArea.values()) {
			this.areas.save(new DocumentReviewArea(review.getId(), area, input.present(area), input.comment(area)));
		}
		this.applications.journal(context.businessKey(), "DOCUMENTS_REVIEWED",
				"文書審査：" + ("CONFORMING".equals(review.getResult()) ? "適合" : "不備あり"), this.currentUser.id());
		context.route(AssessmentProcess.VAR_ONSITE_DISCUSSION_NEEDED, review.isOnsiteDiscussionNeeded());
	}

}
