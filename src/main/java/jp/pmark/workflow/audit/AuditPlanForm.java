package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;

import org.springframework.stereotype.Component;

/** 審査計画を作成する (assessment managers, AUD-1), with FEE-7's standard on-site hours. */
@Component
public class AuditPlanForm extends AssessmentTaskForm<AuditPlanForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate documentReviewDue, LocalDate onsiteFrom, LocalDate onsiteTo, Integer onsiteHours,
			String planNotes) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "standardHoursText")
		.prefills("onsiteHours", "documentReviewDue", "onsiteFrom", "onsiteTo");

	private final AuditPlanRepository plans;

	private final JapaneseBusinessCalendar calendar;

	AuditPlanForm(Applications applications, AuditPlanRepository plans, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(AssessmentProcess.MAKE_AUDIT_PLAN, CONTRACT, applications, currentUser);
		this.plans = plans;
		this.calendar = calendar;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		LocalDate today = this.calendar.today();
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("standardHoursText",
					Applications.sizeClassName(application.getSizeClass()) + "：標準の現地審査時間 "
							+ application.getStandardOnsiteHours() + " 時間（FEE-7）")
			.prefill("onsiteHours", application.getStandardOnsiteHours())
			.prefill("documentReviewDue", this.calendar.addBusinessDays(today, 20))
			.prefill("onsiteFrom", this.calendar.addBusinessDays(today, 30))
			.prefill("onsiteTo", this.calendar.addBusinessDays(today, 50));
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		AuditRules.plan(input, this.calendar.today(),
				this.applications.get(context.businessKey()).getStandardOnsiteHours(), rules);
	}

	@Override
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		this.plans.save(new AuditPlan(application.getId(), input.documentReviewDue(), input.onsiteFrom(),
				input.onsiteTo(), input.onsiteHours().intValue(), input.planNotes(), this.currentUser.id()));
		this.applications.journal(context.businessKey(), "AUDIT_PLANNED", "審査計画を作成しました（文書審査 "
				+ input.documentReviewDue() + " まで、現地審査 " + input.onsiteFrom() + "〜" + input.onsiteTo() + "）",
				this.currentUser.id());
	}

}
