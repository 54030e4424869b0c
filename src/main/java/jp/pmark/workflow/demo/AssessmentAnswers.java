package jp.pmark.workflow.demo;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.audit.AuditPlanForm;
import jp.pmark.workflow.audit.AuditTeamForm;
import jp.pmark.workflow.audit.CompletionReportForm;
import jp.pmark.workflow.audit.DocumentReviewForm;
import jp.pmark.workflow.audit.FindingsDocumentForm;
import jp.pmark.workflow.audit.ImprovementReceiptForm;
import jp.pmark.workflow.audit.ImprovementReviewForm;
import jp.pmark.workflow.audit.OnsiteDiscussionForm;
import jp.pmark.workflow.audit.OnsiteRecordForm;
import jp.pmark.workflow.audit.OnsiteScheduleForm;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.decision.DecisionForm;
import jp.pmark.workflow.fee.OnsiteInvoiceForm;
import jp.pmark.workflow.intake.DocumentList;
import jp.pmark.workflow.intake.ReceiptCheck;
import jp.pmark.workflow.intake.ReceiptCheckForm;
import jp.pmark.workflow.intake.ScreeningForm;
import jp.pmark.workflow.intake.StartConfirmationForm;
import jp.pmark.workflow.registration.RegistrationForm;

import org.springframework.stereotype.Component;

/**
 * Valid answers to each user task of the assessment, as staff would give them: the one
 * source the demo seeds its cases with and the tests drive the assessment with, so that a
 * form whose contract changes is answered anew in one place. Who is on the team and which
 * number a registration gets are the caller's (the demo's auditors, the tests' fixtures).
 */
@Component
public class AssessmentAnswers {

	private static final String ARRANGED = "内部規程に具体的な手順が定められている";

	private static final String OPERATED = "適切に運用されている";

	private final JapaneseBusinessCalendar calendar;

	AssessmentAnswers(JapaneseBusinessCalendar calendar) {
		this.calendar = calendar;
	}

	/** The answers to the task of the application, as its form's contract takes them. */
	public Record of(String task, Application application) {
		LocalDate today = this.calendar.today();
		return switch (task) {
			// the documents this application must carry: a renewal's list differs (REN-4)
			case AssessmentProcess.CHECK_RECEIPT -> new ReceiptCheckForm.Input(
					DocumentList.of(application).mandatory().stream().map(DocumentList.Entry::type).toList(),
					application.getAppliedOn().minusDays(10), true, true, null, ReceiptCheck.Outcome.ACCEPTED, null);
			case AssessmentProcess.SCREEN_DISQUALIFICATION -> new ScreeningForm.Input(List.of(), true, null);
			case AssessmentProcess.CONFIRM_ASSESSMENT_START -> new StartConfirmationForm.Input(true, true, true, true,
					true, true, StartConfirmationForm.StartDecision.START, null);
			case AssessmentProcess.MAKE_AUDIT_PLAN -> new AuditPlanForm.Input(this.calendar.addBusinessDays(today, 15),
					this.calendar.addBusinessDays(today, 25), this.calendar.addBusinessDays(today, 45),
					application.getStandardOnsiteHours(), null);
			case AssessmentProcess.APPOINT_AUDIT_TEAM -> new AuditTeamForm.Input(List.of(), null, List.of(), false);
			case AssessmentProcess.REVIEW_DOCUMENTS -> new DocumentReviewForm.Input(true, true,
					"JIS Q 15001に基づく審査基準の要求事項を内部規程に定めている", "様式・記録により全従業者が遵守できる手順が整備されている", true, ARRANGED, true,
					ARRANGED, true, ARRANGED, true, ARRANGED, true, ARRANGED, true, ARRANGED, true, ARRANGED, true,
					ARRANGED, true, ARRANGED, true, ARRANGED, true, ARRANGED, true, ARRANGED, true, ARRANGED, true,
					ARRANGED, true, ARRANGED, DocumentReviewForm.ReviewResult.CONFORMING, null, false);
			case AssessmentProcess.DECIDE_ONSITE_AUDIT ->
				new OnsiteDiscussionForm.Input(OnsiteDiscussionForm.OnsiteDecision.PROCEED, "申請者と協議し、予定どおり実施する");
			case AssessmentProcess.SCHEDULE_ONSITE_AUDIT ->
				new OnsiteScheduleForm.Input(this.calendar.addBusinessDays(today, 30), "09:30", "本社 3階会議室", true, null);
			case AssessmentProcess.RECORD_ONSITE_AUDIT -> new OnsiteRecordForm.Input(today,
					"山田 太郎, 代表取締役, 役員\n佐藤 一郎, 個人情報保護管理者, 従業者\n鈴木 次郎, 監査責任者, 従業者", "個人情報保護方針と事業の状況を確認した",
					"顧客管理業務について特定・リスク分析・対策を確認した", "執務室の施錠・書類の保管を確認した", "審査の結果を説明し、質疑を受けた", OPERATED, OPERATED, OPERATED,
					OPERATED, OPERATED, OPERATED, OPERATED, false, OnsiteRecordForm.OnsiteOutcome.COMPLETED, null);
			case AssessmentProcess.INVOICE_ONSITE_AUDIT -> new OnsiteInvoiceForm.Input(12_000L, 0L, null);
			case AssessmentProcess.WRITE_FINDINGS_DOCUMENT -> new FindingsDocumentForm.Input(today, today, "審査責任者",
					"PMSはおおむね要求事項に適合しているが、次の不適合の是正を求める。", "教育の理解度確認が記録されていない\n内部監査の報告が代表者に届いていない", null, false, null);
			case AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT ->
				new ImprovementReceiptForm.Input(today, "理解度確認テストを実施し記録した。内部監査報告の手順を改めた。", "理解度確認テストの記録、改訂した内部監査規程");
			case AssessmentProcess.REVIEW_IMPROVEMENT_REPORT ->
				new ImprovementReviewForm.Input(ImprovementReviewForm.ImprovementOutcome.ACCEPTED, null);
			case AssessmentProcess.WRITE_COMPLETION_REPORT -> new CompletionReportForm.Input("代表取締役、個人情報保護管理者",
					"顧客情報の管理、採用応募者の情報の管理", OPERATED, OPERATED, OPERATED, OPERATED, OPERATED, OPERATED, OPERATED,
					CompletionReportForm.EligibilityOpinion.ELIGIBLE, "不適合は是正された");
			case AssessmentProcess.DECIDE_ELIGIBILITY -> new DecisionForm.Input(DecisionForm.Result.ELIGIBLE,
					"第" + (today.getMonthValue() + 3) + "回審査会", today, "審査終了報告書のとおり付与適格と認める");
			case AssessmentProcess.RECORD_REGISTRATION -> new RegistrationForm.Input(null, null);
			default -> throw new IllegalArgumentException("no answers for " + task);
		};
	}

}
