package jp.pmark.workflow.audit;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.transaction.annotation.Transactional;

/**
 * 文書審査を行う (the team leader, DOC-1..DOC-3, DOC-5): the two viewpoints, the 15 areas each
 * judged present or absent with a comment, 様式6 and 様式7 used, and whether holding the
 * on-site audit needs a separate discussion.
 */
@Component
class DocumentReviewForm implements TaskForm {

	private final Applications applications;

	private final AuditTeams teams;

	private final DocumentReviewRepository reviews;

	private final DocumentReviewAreaRepository areas;

	private final CurrentUser currentUser;

	DocumentReviewForm(Applications applications, AuditTeams teams, DocumentReviewRepository reviews,
			DocumentReviewAreaRepository areas, CurrentUser currentUser) {
		this.applications = applications;
		this.teams = teams;
		this.reviews = reviews;
		this.areas = areas;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.REVIEW_DOCUMENTS;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		CaseView view = CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("documentList", this.applications.documentList(number))
			.set("auditTeamText", this.teams.describe(application));
		for (ReviewArea area : ReviewArea.values()) {
			view.set(area.presentField(), true);
		}
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		rules.require(input.has("rulesConformity"), "rulesConformity", "DOC-1", "観点①（内部規程の審査基準への適合状況）の所見を入力してください。",
				"Enter the finding on the conformity of the internal rules.");
		rules.require(input.has("procedures"), "procedures", "DOC-1", "観点②（全従業者が遵守するための具体的な手順等）の所見を入力してください。",
				"Enter the finding on the concrete procedures.");
		rules.require(input.bool("form6Used"), "form6Used", "DOC-3", "様式6（PMS文書の一覧）を参照したことを確認してください。",
				"Confirm that form 6 was used.");
		rules.require(input.bool("form7Used"), "form7Used", "DOC-3", "様式7（JIS Q 15001との対応表）を参照したことを確認してください。",
				"Confirm that form 7 was used.");
		List<String> absent = new ArrayList<>();
		for (ReviewArea area : ReviewArea.values()) {
			rules.require(input.has(area.commentField()), area.commentField(), "DOC-2",
					"「" + area.japaneseName() + "」の所見を入力してください。", "Enter a comment on area " + area.name() + ".");
			if (!input.bool(area.presentField())) {
				absent.add(area.japaneseName());
			}
		}
		String result = input.text("reviewResult");
		rules.require("CONFORMING".equals(result) || "DEFICIENT".equals(result), "reviewResult", "DOC-4",
				"文書審査の結果を選んでください。", "Choose the result of the document review.");
		if (!absent.isEmpty()) {
			rules.require("DEFICIENT".equals(result), "reviewResult", "DOC-2",
					"内部規程に定めのない事項（" + String.join("、", absent) + "）があるため、結果は「不備あり」になります。",
					"Areas are missing from the rules; the result is 'deficient'.");
		}
		if ("DEFICIENT".equals(result)) {
			rules.require(input.has("deficiencies"), "deficiencies", "DOC-4", "不備の内容を入力してください（現地審査までの改善を求めて申請者に通知します）。",
					"Enter the deficiencies; they are sent to the applicant.");
		}
		for (String field : new String[] { "rulesConformity", "procedures", "deficiencies" }) {
			rules.add(IndividualNumbers.check(field, input.text(field)));
		}
	}

	@Override
	@Transactional
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		DocumentReview review = this.reviews
			.save(new DocumentReview(application.getId(), input.text("reviewResult"), input.text("rulesConformity"),
					input.text("procedures"), input.bool("form6Used"), input.bool("form7Used"),
					input.text("deficiencies"), input.bool("onsiteDiscussionNeeded"), this.currentUser.id()));
		for (ReviewArea area : ReviewArea.values()) {
			this.areas.save(new DocumentReviewArea(review.getId(), area, input.bool(area.presentField()),
					input.text(area.commentField())));
		}
		this.applications.journal(input.businessKey(), "DOCUMENTS_REVIEWED",
				"文書審査：" + ("CONFORMING".equals(review.getResult()) ? "適合" : "不備あり"), this.currentUser.id());
		task.setVariable(AssessmentProcess.VAR_ONSITE_DISCUSSION_NEEDED, review.isOnsiteDiscussionNeeded());
	}

}
