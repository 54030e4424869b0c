package jp.pmark.workflow.clip;

import java.util.List;
import java.util.stream.Collectors;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 自己点検を審査する (clip-reviewers, CLIP-3): a reviewer, never the business's own advisor, reads
 * the checklist answers and the declaration and certifies, which needs every legal duty
 * met and the declaration confirmed, or returns it with the reasons, which go to the
 * business. The optional items never block. Form {@code forms/clip-review.form}.
 */
@Component
public class ReviewForm extends ProcessTaskForm<ReviewForm.Input> {

	/** What the form submits. */
	public record Input(ReviewResult decision, boolean declarationConfirmed, String reasons) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "answersText", "declarationText", "sessionsText", "shortfalls", "trainingText");

	private final ClipBusinesses businesses;

	private final SelfChecks selfChecks;

	private final SupportTerms terms;

	private final ClipTexts texts;

	private final LearningStatus learning;

	private final CurrentUser currentUser;

	ReviewForm(ClipBusinesses businesses, SelfChecks selfChecks, SupportTerms terms, ClipTexts texts,
			LearningStatus learning, CurrentUser currentUser) {
		super(ClipReviewProcess.PROCESS, ClipReviewProcess.REVIEW, CONTRACT);
		this.businesses = businesses;
		this.selfChecks = selfChecks;
		this.terms = terms;
		this.texts = texts;
		this.learning = learning;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		ClipBusiness business = this.businesses.get(view.businessKey());
		ClipSelfCheck selfCheck = this.selfChecks.latest(business).orElseThrow();
		List<Checklist.Item> unmet = this.selfChecks.unmet(selfCheck);
		view.show("caseSummary", this.texts.summary(business, this.terms.of(business)))
			.show("answersText", this.texts.answersText(selfCheck.answers()))
			.show("declarationText",
					"適合宣言書：" + selfCheck.getDeclaredBy() + "（" + selfCheck.getDeclaredOn() + " 宣言、"
							+ selfCheck.getSubmittedOn() + " 提出、"
							+ ("API".equals(selfCheck.getChannel()) ? "事業者がAPIで提出" : "指導員が入力") + "、チェックリスト版 "
							+ selfCheck.getChecklistVersion() + "）")
			.show("sessionsText", this.texts.sessionsText(business))
			.show("trainingText", this.learning.summary(business))
			.show("shortfalls", unmet.isEmpty() ? "法的義務はすべて満たされています。"
					: "満たされていない法的義務が " + unmet.size() + " 件あります。認証できません。差し戻してください。");
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		rules.require(input.decision() != null, "decision", RuleId.CLIP_3, "choose-review-decision");
		rules.require(input.reasons() == null || input.reasons().length() <= 4000, "reasons", RuleId.CLIP_3,
				"text-too-long", 4000);
		if (input.decision() == ReviewResult.RETURN) {
			rules.require(input.reasons() != null && !input.reasons().isBlank(), "reasons", RuleId.CLIP_3,
					"enter-return-reasons");
		}
		if (input.decision() == ReviewResult.CERTIFY) {
			ClipBusiness business = this.businesses.get(context.businessKey());
			ClipSelfCheck selfCheck = this.selfChecks.latest(business).orElseThrow();
			List<Checklist.Item> unmet = this.selfChecks.unmet(selfCheck);
			if (!unmet.isEmpty()) {
				rules.refuse("decision", RuleId.CLIP_3, "legal-duty-not-met",
						unmet.stream().map(Checklist.Item::id).collect(Collectors.joining("、")));
			}
			rules.require(input.declarationConfirmed(), "declarationConfirmed", RuleId.CLIP_3, "confirm-declaration");
		}
	}

	@Override
	public void complete(Input input, FormContext context) {
		ClipBusiness business = this.businesses.get(context.businessKey());
		ClipSelfCheck selfCheck = this.selfChecks.latest(business).orElseThrow();
		boolean certify = input.decision() == ReviewResult.CERTIFY;
		this.selfChecks.reviewed(business, selfCheck,
				certify ? ClipSelfCheck.Outcome.CERTIFIED : ClipSelfCheck.Outcome.RETURNED,
				(input.reasons() == null || input.reasons().isBlank()) ? null : input.reasons().strip(),
				this.currentUser.id());
		context.route(ClipReviewProcess.VAR_REVIEW_RESULT, input.decision().name());
		if (certify) {
			context.route(ClipProcess.VAR_REVIEW_OUTCOME, ClipProcess.CERTIFY);
		}
	}

}
