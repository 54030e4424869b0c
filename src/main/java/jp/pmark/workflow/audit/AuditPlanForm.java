package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;

import org.springframework.stereotype.Component;

/** 審査計画を作成する (assessment managers, AUD-1), with FEE-7's standard on-site hours. */
@Component
public class AuditPlanForm implements TaskForm<AuditPlanForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate documentReviewDue, LocalDate onsiteFrom, LocalDate onsiteTo, Integer onsiteHours,
			String planNotes) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "standardHoursText")
		.prefills("onsiteHours", "documentReviewDue", "onsiteFrom", "onsiteTo");

	private final Applications applications;

	private final AuditPlanRepository plans;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	AuditPlanForm(Applications applications, AuditPlanRepository plans, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.applications = applications;
		this.plans = plans;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public ProcessModel process() {
		return AssessmentProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.MAKE_AUDIT_PLAN;
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
		LocalDate due = input.documentReviewDue();
		LocalDate from = input.onsiteFrom();
		LocalDate to = input.onsiteTo();
		rules.require(due != null, "documentReviewDue", "AUD-1", "文書審査の完了予定日を入力してください。",
				"Enter the document review due date.");
		rules.require(from != null && to != null, "onsiteFrom", "AUD-1", "現地審査の予定期間を入力してください。",
				"Enter the planned period of the on-site audit.");
		if (due != null && from != null && to != null) {
			rules.require(!due.isBefore(this.calendar.today()), "documentReviewDue", "AUD-1",
					"文書審査の完了予定日に過去の日付は入力できません。", "The document review due date cannot be in the past.");
			rules.require(!from.isBefore(due), "onsiteFrom", "DOC-4", "現地審査は文書審査の後に予定してください（文書審査の結果は現地審査までに通知します）。",
					"Plan the on-site audit after the document review.");
			rules.require(!to.isBefore(from), "onsiteTo", "AUD-1", "現地審査の予定期間の終わりが始まりより前です。",
					"The period ends before it starts.");
		}
		Integer hours = input.onsiteHours();
		rules.require(hours != null && hours >= 1 && hours <= 40, "onsiteHours", "FEE-7", "現地審査時間を1〜40時間で入力してください。",
				"Enter the on-site audit hours, 1 to 40.");
		Application application = this.applications.get(context.businessKey());
		if (hours != null && application.getStandardOnsiteHours() != null
				&& hours < application.getStandardOnsiteHours()) {
			rules.require((input.planNotes() != null), "planNotes", "FEE-7",
					"標準（" + application.getStandardOnsiteHours() + "時間）より短い現地審査時間とする理由を備考に入力してください（任意書類の事前提出など）。",
					"Explain why the on-site audit is shorter than the standard.");
		}
		rules.add(IndividualNumbers.check("planNotes", input.planNotes()));
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
