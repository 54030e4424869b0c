package jp.pmark.workflow.clip;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 指導を記録する (clip-advisors, CLIP-2, CLIP-6): the dedicated advisor records a session (how,
 * as the plan allows; visit days and travel for a plan that visits), the rules the
 * business drafted with support, a consultant it uses anyway, a plan switch at renewal,
 * and what comes next: more guidance, the self-check, or the business's withdrawal. Form
 * {@code forms/clip-guidance.form}.
 */
@Component
public class GuidanceForm extends ProcessTaskForm<GuidanceForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate heldOn, SupportMode mode, Integer visitDays, Long travelCostYen, String topics,
			String rulesDrafted, String outsideConsultant, ClipPlan switchToPlan, NextStep nextStep,
			String withdrawalReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "sessionsText", "renewal")
		.prefills("heldOn", "mode");

	private final ClipBusinesses businesses;

	private final ClipGuidance guidance;

	private final SupportTerms terms;

	private final ClipTexts texts;

	private final ClipCertifications certifications;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	GuidanceForm(ClipBusinesses businesses, ClipGuidance guidance, SupportTerms terms, ClipTexts texts,
			ClipCertifications certifications, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(ClipReviewProcess.PROCESS, ClipReviewProcess.GUIDE, CONTRACT);
		this.businesses = businesses;
		this.guidance = guidance;
		this.terms = terms;
		this.texts = texts;
		this.certifications = certifications;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		ClipBusiness business = this.businesses.get(view.businessKey());
		SupportTerms.Terms terms = this.terms.of(business);
		view.show("caseSummary", this.texts.summary(business, terms))
			.show("sessionsText", this.texts.sessionsText(business))
			.show("renewal", business.getCycle() > 1)
			.prefill("heldOn", this.calendar.today())
			.prefill("mode", terms.mode().name());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		ClipBusiness business = this.businesses.get(context.businessKey());
		this.guidance.check(business, session(input), this.calendar.today(), rules);
		rules.require(input.nextStep() != null, "nextStep", RuleId.CLIP_2, "choose-next-step");
		if (input.nextStep() == NextStep.WITHDRAW) {
			rules.require(input.withdrawalReason() != null && !input.withdrawalReason().isBlank(), "withdrawalReason",
					RuleId.CLIP_2, "enter-withdrawal-reason");
		}
		rules.require(input.withdrawalReason() == null || input.withdrawalReason().length() <= 1000, "withdrawalReason",
				RuleId.CLIP_2, "text-too-long", 1000);
	}

	@Override
	public void complete(Input input, FormContext context) {
		ClipBusiness business = this.businesses.get(context.businessKey());
		this.guidance.record(business, session(input), this.currentUser.id());
		context.route(ClipReviewProcess.VAR_NEXT_STEP, input.nextStep().name());
		if (input.nextStep() == NextStep.WITHDRAW) {
			this.certifications.withdrawing(business, input.withdrawalReason().strip());
			context.route(ClipProcess.VAR_REVIEW_OUTCOME, ClipProcess.WITHDRAW);
		}
	}

	private static ClipGuidance.Session session(Input input) {
		return new ClipGuidance.Session(input.heldOn(), input.mode(), input.visitDays(), input.travelCostYen(),
				input.topics(), input.rulesDrafted(), input.outsideConsultant(), input.switchToPlan());
	}

}
