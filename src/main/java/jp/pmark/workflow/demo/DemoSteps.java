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
import jp.pmark.workflow.audit.Auditor;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.intake.DocumentList;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.IntakeService;
import jp.pmark.workflow.intake.NewApplication;
import jp.pmark.workflow.registration.Registration;
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
			"assessment-managers", "takahashi", "committee", "kobayashi", "clip-advisors", "yamada", "clip-reviewers",
			"sasaki");

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

	private final AssessmentAnswers answers;

	DemoSteps(AssessmentAnswers answers, IntakeService intake, FormService formService, IdentityService identityService,
			Applications applications, TaskService taskService, RuntimeService runtimeService,
			ManagementService managementService, Registrations registrations, InvoiceService invoices,
			JapaneseBusinessCalendar calendar) {
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
		this.answers = answers;
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
			FormValues values = FormValues.of(this.answers.of(task, application));
			if (AssessmentProcess.RECORD_ONSITE_AUDIT.equals(task)) {
				// the demo's cases meet two nonconformities on site, so their findings,
				// improvement report and its review can be shown
				values = values.with("nonconformitiesFound", true).with("closingSummary", "指摘事項2件を説明し、質疑を受けた");
			}
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

	static byte[] pdf(String label) {
		return ("%PDF-1.4\n% " + label + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
