package jp.pmark.workflow.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.audit.AuditPlanForm;
import jp.pmark.workflow.audit.AuditTeamForm;
import jp.pmark.workflow.audit.Auditor;
import jp.pmark.workflow.audit.CompletionReportForm;
import jp.pmark.workflow.audit.DocumentReviewForm;
import jp.pmark.workflow.audit.FindingsDocumentForm;
import jp.pmark.workflow.audit.ImprovementReceiptForm;
import jp.pmark.workflow.audit.ImprovementReviewForm;
import jp.pmark.workflow.audit.OnsiteRecordForm;
import jp.pmark.workflow.audit.OnsiteScheduleForm;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.decision.DecisionForm;
import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.fee.OnsiteInvoiceForm;
import jp.pmark.workflow.intake.DocumentList;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.IntakeService;
import jp.pmark.workflow.intake.NewApplication;
import jp.pmark.workflow.intake.ReceiptCheck;
import jp.pmark.workflow.intake.ReceiptCheckForm;
import jp.pmark.workflow.intake.ScreeningForm;
import jp.pmark.workflow.intake.StartConfirmationForm;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationForm;
import jp.pmark.workflow.registration.Registrations;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The steps of the demo's cases, as staff and applicants would take them: apply online
 * with every document, complete tasks with realistic answers, grant and register, pay.
 * Used by the demo seeders; dates follow the engine's clock, so a seeder may run a case
 * in the past.
 */
@Component
@Profile("demo")
class DemoSteps {

	/**
	 * Who works the demo's tasks of each candidate group (team tasks go to their leader).
	 */
	private static final Map<String, String> STAFF = Map.of("reception", "sato", "accounting", "suzuki",
			"assessment-managers", "takahashi", "committee", "kobayashi");

	private final IntakeService intake;

	private final FormService formService;

	private final IdentityService identityService;

	private final Applications applications;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final Registrations registrations;

	private final InvoiceService invoices;

	private final JapaneseBusinessCalendar calendar;

	DemoSteps(IntakeService intake, FormService formService, IdentityService identityService, Applications applications,
			TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
			Registrations registrations, InvoiceService invoices, JapaneseBusinessCalendar calendar) {
		this.intake = intake;
		this.formService = formService;
		this.identityService = identityService;
		this.applications = applications;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.registrations = registrations;
		this.invoices = invoices;
		this.calendar = calendar;
	}

	static ApplicantData business(String name, String corporateNumber, Industry industry, Long capital, int headcount,
			int fullTime) {
		return new ApplicantData(name, null, corporateNumber, "105-0004", "東京都港区新橋2-1-1", "代表取締役", "山田 太郎", "佐藤 一郎",
				"総務部", "105-0004", "東京都港区新橋2-1-1", "03-5555-0101", "pmark@example.co.jp", industry, capital, headcount,
				fullTime);
	}

	String apply(ApplicantData business, List<String> tasks) {
		return apply(business, tasks, Map.of());
	}

	/**
	 * Applies online with all documents, then completes the given tasks with valid
	 * answers.
	 */
	String apply(ApplicantData business, List<String> tasks, Map<String, Map<String, Object>> answers) {
		LocalDate today = this.calendar.today();
		List<NewApplication.UploadedFile> files = new ArrayList<>();
		for (DocumentType type : DocumentType.mandatory()) {
			files.add(
					new NewApplication.UploadedFile(type.name(), type, type.japaneseName() + ".pdf", pdf(type.name())));
		}
		Application application = this.intake
			.receiveOnline(new NewApplication(business, ApplicationKind.NEW, Channel.ONLINE, today.minusDays(3), true,
					true, today.minusDays(20), EnumSet.noneOf(DocumentType.class), files), "portal");
		String number = application.getApplicationNumber();
		complete(number, tasks, answers);
		return number;
	}

	/**
	 * REN-4: the holder applies online to renew its registration, with the renewal's
	 * documents.
	 */
	String applyForRenewal(Applicant holder, String registrationNumber, List<String> tasks,
			Map<String, Map<String, Object>> answers) {
		LocalDate today = this.calendar.today();
		List<NewApplication.UploadedFile> files = new ArrayList<>();
		for (DocumentList.Entry entry : DocumentList.forRenewal(true, false).mandatory()) {
			files.add(new NewApplication.UploadedFile(entry.type().name(), entry.type(), entry.name() + ".pdf",
					pdf(entry.type().name())));
		}
		ApplicantData business = new ApplicantData(holder.getName(), holder.getNameKana(), holder.getCorporateNumber(),
				holder.getPostalCode(), holder.getAddress(), holder.getRepresentativeTitle(),
				holder.getRepresentativeName(), holder.getContactName(), holder.getContactDepartment(),
				holder.getContactPostalCode(), holder.getContactAddress(), holder.getContactPhone(),
				holder.getContactEmail(), holder.getIndustry(), holder.getCapitalYen(), holder.getHeadcount(),
				holder.getFullTimeStaff());
		String number = this.intake
			.receiveOnline(new NewApplication(business, ApplicationKind.RENEWAL, Channel.ONLINE, today, true, true,
					null, EnumSet.noneOf(DocumentType.class), files, registrationNumber, false), "portal")
			.getApplicationNumber();
		complete(number, tasks, answers);
		return number;
	}

	/**
	 * Completes the given tasks of the application in order, with valid answers: each
	 * submitted through its form as the person it is offered to, as Tasklist does.
	 */
	void complete(String number, List<String> tasks, Map<String, Map<String, Object>> answers) {
		Application application = this.applications.get(number);
		for (String task : tasks) {
			FormValues values = FormValues.of(answers(task, application));
			if (AssessmentProcess.WRITE_FINDINGS_DOCUMENT.equals(task)
					&& this.applications.earlierAssessment(number).isPresent()) {
				values = values.with("comparisonWithPrevious", "前回審査の不適合（教育の記録）は是正が維持されている。今回の不適合は前回と異なる事項である。");
			}
			values = values.with(answers.getOrDefault(task, Map.of()));
			Task open = this.taskService.createTaskQuery()
				.processInstanceBusinessKey(number)
				.taskDefinitionKey(task)
				.singleResult();
			submit(open, values);
		}
	}

	/** Claims the task and submits its form, as the demo user it is offered to. */
	void submit(Task task, FormValues values) {
		String user = (task.getAssignee() != null) ? task.getAssignee() : userFor(task);
		List<String> groups = this.identityService.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		this.identityService.setAuthentication(user, groups);
		try {
			if (task.getAssignee() == null) {
				this.taskService.claim(task.getId(), user);
			}
			this.formService.submitTaskForm(task.getId(), values.toVariables());
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/** The demo user who works a task of the candidate group. */
	private String userFor(Task task) {
		for (IdentityLink link : this.taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
					&& STAFF.containsKey(link.getGroupId())) {
				return STAFF.get(link.getGroupId());
			}
		}
		throw new IllegalStateException("no demo user for task " + task.getTaskDefinitionKey());
	}

	/**
	 * The committee grants, JIPDEC is told (the demo's JIPDEC answers at once), the
	 * registration is recorded from the day given, and accounting records the payment of
	 * every invoice.
	 */
	Registration grant(String number, String registrationNumber, LocalDate validFrom) {
		complete(number, List.of(AssessmentProcess.DECIDE_ELIGIBILITY), Map.of());
		String instanceId = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult()
			.getId();
		Job report = this.managementService.createJobQuery()
			.processInstanceId(instanceId)
			.activityId(AssessmentProcess.REPORT_TO_JIPDEC)
			.singleResult();
		this.managementService.executeJob(report.getId());
		complete(number, List.of(AssessmentProcess.RECORD_REGISTRATION), Map.of(AssessmentProcess.RECORD_REGISTRATION,
				Map.of("registrationNumber", registrationNumber, "validFrom", validFrom.toString())));
		payInvoices(number);
		return this.registrations.find(registrationNumber).orElseThrow();
	}

	/** Accounting records the payment of every open invoice of the application. */
	void payInvoices(String number) {
		for (Invoice invoice : this.invoices.invoicesOf(this.applications.get(number))) {
			if (invoice.getStatus() != Invoice.Status.PAID) {
				this.invoices.receivePayment(invoice.getInvoiceNumber(), this.calendar.today(), invoice.getTotalYen(),
						"DEMO-" + invoice.getInvoiceNumber(), "suzuki");
			}
		}
	}

	static List<String> untilReview() {
		return List.of(AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM);
	}

	static List<String> untilOnsite() {
		List<String> tasks = new ArrayList<>(untilReview());
		tasks.addAll(List.of(AssessmentProcess.REVIEW_DOCUMENTS, AssessmentProcess.SCHEDULE_ONSITE_AUDIT));
		return tasks;
	}

	static List<String> untilImprovement() {
		List<String> tasks = new ArrayList<>(untilOnsite());
		tasks.addAll(List.of(AssessmentProcess.RECORD_ONSITE_AUDIT, AssessmentProcess.INVOICE_ONSITE_AUDIT,
				AssessmentProcess.WRITE_FINDINGS_DOCUMENT));
		return tasks;
	}

	static List<String> untilDecision() {
		List<String> tasks = new ArrayList<>(untilImprovement());
		tasks.addAll(List.of(AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT,
				AssessmentProcess.WRITE_COMPLETION_REPORT));
		return tasks;
	}

	static Map<String, Object> team(Auditor leader, Auditor member, Auditor assistant) {
		Map<String, Object> team = new LinkedHashMap<>();
		team.put("teamMembers", List.of(leader.getId().toString(), member.getId().toString()));
		team.put("teamLeader", leader.getId().toString());
		team.put("assistants", (assistant == null) ? List.of() : List.of(assistant.getId().toString()));
		team.put("assistantConsent", assistant != null);
		return team;
	}

	/** Realistic answers for each step, as staff would give them. */
	Record answers(String task, Application application) {
		LocalDate today = this.calendar.today();
		String finding = "おおむね適切に運用されている";
		String appropriate = "適切に運用されている";
		return switch (task) {
			// the documents this application carries: a renewal's list differs (REN-4)
			case AssessmentProcess.CHECK_RECEIPT -> new ReceiptCheckForm.Input(
					DocumentList.of(application).mandatory().stream().map(DocumentList.Entry::type).toList(),
					today.minusDays(20), true, true, null, ReceiptCheck.Outcome.ACCEPTED, null);
			case AssessmentProcess.SCREEN_DISQUALIFICATION ->
				new ScreeningForm.Input(List.of(), true, "役員名簿・申告書・公表情報を確認し、該当なし");
			case AssessmentProcess.CONFIRM_ASSESSMENT_START -> new StartConfirmationForm.Input(true, true, true, true,
					true, true, StartConfirmationForm.StartDecision.START, null);
			case AssessmentProcess.MAKE_AUDIT_PLAN -> new AuditPlanForm.Input(this.calendar.addBusinessDays(today, 15),
					this.calendar.addBusinessDays(today, 25), this.calendar.addBusinessDays(today, 45),
					application.getStandardOnsiteHours(), null);
			case AssessmentProcess.REVIEW_DOCUMENTS ->
				new DocumentReviewForm.Input(true, true, "JIS Q 15001に基づく審査基準の要求事項を内部規程に定めている",
						"様式・記録により全従業者が遵守できる手順が整備されている", true, "内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true,
						"内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true,
						"内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true,
						"内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true,
						"内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true, "内部規程に具体的な手順が定められている", true,
						"内部規程に具体的な手順が定められている", DocumentReviewForm.ReviewResult.CONFORMING, null, false);
			case AssessmentProcess.SCHEDULE_ONSITE_AUDIT ->
				new OnsiteScheduleForm.Input(this.calendar.addBusinessDays(today, 5), "09:30", "本社 3階会議室", true, null);
			case AssessmentProcess.RECORD_ONSITE_AUDIT -> new OnsiteRecordForm.Input(today,
					"山田 太郎, 代表取締役, 役員\n佐藤 一郎, 個人情報保護管理者, 従業者\n鈴木 次郎, 監査責任者, 従業者", "個人情報保護方針と事業の状況を確認した",
					"顧客管理業務について特定・リスク分析・対策を確認した", "執務室の施錠・書類の保管を確認した", "指摘事項2件を説明し、質疑を受けた", finding, finding, finding,
					finding, finding, finding, finding, true, OnsiteRecordForm.OnsiteOutcome.COMPLETED, null);
			case AssessmentProcess.INVOICE_ONSITE_AUDIT -> new OnsiteInvoiceForm.Input(4_620L, 0L, null);
			case AssessmentProcess.WRITE_FINDINGS_DOCUMENT -> new FindingsDocumentForm.Input(today, today, "審査責任者",
					"PMSはおおむね要求事項に適合しているが、次の不適合の是正を求める。", "教育の理解度確認の記録がない\n内部監査の結果が代表者に報告されていない", null, false, null);
			case AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT -> new ImprovementReceiptForm.Input(today,
					"理解度確認テストを実施し記録した。内部監査報告書を代表者に提出する手順を定めた。", "理解度確認テスト結果、改訂した内部監査規程、代表者への報告記録");
			case AssessmentProcess.REVIEW_IMPROVEMENT_REPORT ->
				new ImprovementReviewForm.Input(ImprovementReviewForm.ImprovementOutcome.ACCEPTED, null);
			case AssessmentProcess.WRITE_COMPLETION_REPORT -> new CompletionReportForm.Input("代表取締役、個人情報保護管理者、監査責任者",
					"顧客の氏名・連絡先を用いたシステム開発・保守業務", appropriate, appropriate, appropriate, appropriate, appropriate,
					appropriate, appropriate, CompletionReportForm.EligibilityOpinion.ELIGIBLE, "不適合は改善報告により是正が確認された");
			case AssessmentProcess.DECIDE_ELIGIBILITY -> new DecisionForm.Input(DecisionForm.Result.ELIGIBLE,
					"第" + (today.getMonthValue() + 3) + "回審査会", today, "審査終了報告書のとおり付与適格と認める");
			case AssessmentProcess.RECORD_REGISTRATION -> new RegistrationForm.Input(null, null);
			case AssessmentProcess.APPOINT_AUDIT_TEAM -> new AuditTeamForm.Input(List.of(), null, List.of(), false);
			default -> throw new IllegalArgumentException("no demo answers for " + task);
		};
	}

	static byte[] pdf(String label) {
		return ("%PDF-1.4\n% " + label + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
