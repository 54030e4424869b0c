package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;

import org.springframework.stereotype.Component;

/**
 * 自己点検と適合宣言を受け付ける (clip-advisors, CLIP-3): the advisor enters the business's checklist
 * (the legal duties met, those not applicable, the optional items met) and its conformity
 * declaration. A self-check sent through the API completes this task with the business's
 * own answers. Form {@code forms/clip-self-check.form}.
 */
@Component
public class SelfCheckForm extends ProcessTaskForm<SelfCheckForm.Input> {

	/** What the form submits. */
	public record Input(List<String> compliantItems, List<String> notApplicableItems, List<String> optionalItems,
			String declaredBy, LocalDate declaredOn, LocalDate submittedOn) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "legalItemOptions", "notApplicableOptions", "optionalItemOptions", "checklistVersion")
		.prefills("submittedOn", "compliantItems", "notApplicableItems", "optionalItems");

	private final ClipBusinesses businesses;

	private final SelfChecks selfChecks;

	private final SupportTerms terms;

	private final ClipTexts texts;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	SelfCheckForm(ClipBusinesses businesses, SelfChecks selfChecks, SupportTerms terms, ClipTexts texts,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(ClipReviewProcess.PROCESS, ClipReviewProcess.RECEIVE_SELF_CHECK, CONTRACT);
		this.businesses = businesses;
		this.selfChecks = selfChecks;
		this.terms = terms;
		this.texts = texts;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		ClipBusiness business = this.businesses.get(view.businessKey());
		Checklist checklist = this.selfChecks.checklist();
		Map<String, String> legal = new LinkedHashMap<>();
		Map<String, String> notApplicable = new LinkedHashMap<>();
		Map<String, String> optional = new LinkedHashMap<>();
		for (Checklist.Item item : checklist.required()) {
			legal.put(item.id(), item.label());
			if (item.notApplicable()) {
				notApplicable.put(item.id(), item.label());
			}
		}
		checklist.optional()
			.forEach((item) -> optional.put(item.id(), item.label() + "［" + item.level().japaneseName() + "］"));
		view.show("caseSummary", this.texts.summary(business, this.terms.of(business)))
			.show("legalItemOptions", FormView.options(legal))
			.show("notApplicableOptions", FormView.options(notApplicable))
			.show("optionalItemOptions", FormView.options(optional))
			.show("checklistVersion", checklist.title() + "（版 " + checklist.version() + "）")
			.prefill("submittedOn", this.calendar.today())
			.prefill("compliantItems", List.of())
			.prefill("notApplicableItems", List.of())
			.prefill("optionalItems", List.of());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		Map<String, CheckAnswer> answers = this.selfChecks.fromLists(input.compliantItems(), input.notApplicableItems(),
				input.optionalItems(), rules);
		this.selfChecks.check(answers, "compliantItems", input.declaredBy(), input.declaredOn(), input.submittedOn(),
				this.calendar.today(), rules);
	}

	@Override
	public void complete(Input input, FormContext context) {
		ClipBusiness business = this.businesses.get(context.businessKey());
		Map<String, CheckAnswer> answers = this.selfChecks.fromLists(input.compliantItems(), input.notApplicableItems(),
				input.optionalItems(), new Rules());
		SelfChecks.Channel channel = ClipInstances.apiSubmission() ? SelfChecks.Channel.API : SelfChecks.Channel.STAFF;
		this.selfChecks.submit(business, answers, input.declaredBy(), input.declaredOn(), input.submittedOn(), channel,
				this.currentUser.id());
	}

}
