package jp.pmark.workflow.assessment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.audit.AuditTeamForm;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.demo.AssessmentAnswers;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.intake.DocumentList;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.IntakeService;
import jp.pmark.workflow.intake.NewApplication;
import jp.pmark.workflow.registration.RegistrationForm;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Drives an assessment through its user tasks with valid answers, so that a test can stop
 * where it wants and answer differently there.
 */
@Component
public class AssessmentDriver {

	private final IntakeService intake;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final JapaneseBusinessCalendar calendar;

	private final Fixtures fixtures;

	private final Applications applications;

	private final Tasklist tasklist;

	private final AssessmentAnswers answers;

	AssessmentDriver(IntakeService intake, RuntimeService runtimeService, TaskService taskService,
			ManagementService managementService, JapaneseBusinessCalendar calendar, Fixtures fixtures,
			Applications applications, Tasklist tasklist, AssessmentAnswers answers) {
		this.answers = answers;
		this.tasklist = tasklist;
		this.applications = applications;
		this.intake = intake;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.managementService = managementService;
		this.calendar = calendar;
		this.fixtures = fixtures;
	}

	/** A valid corporate number nobody else in the test database has. */
	public static String newCorporateNumber() {
		String twelve = String.format(Locale.ROOT, "%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
		return CorporateNumbers.checkDigit(twelve) + twelve;
	}

	/** What a medium-sized service business would write. */
	public static ApplicantData applicant(String corporateNumber, String name) {
		return new ApplicantData(name, "テストカブシキガイシャ", corporateNumber, "105-0004", "東京都港区新橋1-1-1", "代表取締役", "山田 太郎",
				"佐藤 一郎", "総務部", "105-0004", "東京都港区新橋1-1-1", "03-1234-5678", "sato@example.co.jp", Industry.SERVICES,
				10_000_000L, 25, 20);
	}

	/** All mandatory documents as small PDF files. */
	public static List<NewApplication.UploadedFile> mandatoryFiles() {
		List<NewApplication.UploadedFile> files = new ArrayList<>();
		for (DocumentType type : DocumentType.mandatory()) {
			files.add(new NewApplication.UploadedFile(type.name(), type, type.name() + ".pdf", pdf()));
		}
		return files;
	}

	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** An online application, received and its assessment started; returns its number. */
	public String applyOnline() {
		return applyOnline(applicant(newCorporateNumber(), "株式会社テスト" + ThreadLocalRandom.current().nextInt(100000)));
	}

	public String applyOnline(ApplicantData applicant) {
		this.fixtures.ensure();
		LocalDate today = this.calendar.today();
		NewApplication application = new NewApplication(applicant, ApplicationKind.NEW, Channel.ONLINE, today, true,
				true, today.minusDays(10), EnumSet.noneOf(DocumentType.class), mandatoryFiles());
		Application received = this.intake.receiveOnline(application, "test");
		return received.getApplicationNumber();
	}

	public ProcessInstance instance(String applicationNumber) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(applicationNumber)
			.singleResult();
	}

	public Task task(String applicationNumber, String taskKey) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(applicationNumber)
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new AssertionError("no open task " + taskKey + " in " + applicationNumber);
		}
		return task;
	}

	/**
	 * Completes the task with the given answers over the valid defaults: claimed and its
	 * form submitted over HTTP by the person it is offered to, as in Tasklist.
	 */
	public void complete(String applicationNumber, String taskKey, Map<String, ?> answers) {
		Task task = task(applicationNumber, taskKey);
		String user = this.tasklist.userFor(task);
		Tasklist.Response response = submit(applicationNumber, taskKey, answers, user);
		if (response.status() != 204) {
			throw new AssertionError("submit-form of " + taskKey + " as " + user + " answered " + response.status()
					+ ": " + response.body());
		}
	}

	public void complete(String applicationNumber, String taskKey) {
		complete(applicationNumber, taskKey, Map.of());
	}

	/** Submits the task's form as the user with the answers over the valid defaults. */
	public Tasklist.Response submit(String applicationNumber, String taskKey, Map<String, ?> answers, String user) {
		Task task = task(applicationNumber, taskKey);
		FormValues values = values(applicationNumber, taskKey).with(answers);
		return this.tasklist.claimAndSubmit(task, user, values);
	}

	/**
	 * Valid answers for each user task of the assessment: the product's own valid answers
	 * (the demo's), with the test fixtures' audit team and a fresh registration number.
	 */
	public Record defaults(String applicationNumber, String taskKey) {
		return switch (taskKey) {
			case AssessmentProcess.APPOINT_AUDIT_TEAM -> new AuditTeamForm.Input(
					List.of(id(Fixtures.LEAD_A), id(Fixtures.AUDITOR_A)), id(Fixtures.LEAD_A), List.of(), false);
			case AssessmentProcess.RECORD_REGISTRATION ->
				new RegistrationForm.Input(newRegistrationNumber(), this.calendar.today().plusDays(30));
			default -> this.answers.of(taskKey, this.applications.get(applicationNumber));
		};
	}

	/** The answers the driver submits: the valid ones, the team's leader responsible. */
	FormValues values(String applicationNumber, String taskKey) {
		FormValues values = FormValues.of(defaults(applicationNumber, taskKey));
		return AssessmentProcess.WRITE_FINDINGS_DOCUMENT.equals(taskKey)
				? values.with("responsiblePerson", this.fixtures.auditor(Fixtures.LEAD_A).getName()) : values;
	}

	public String id(String userId) {
		return this.fixtures.auditor(userId).getId().toString();
	}

	/** Runs the assessment from receipt to the decision task, all answers valid. */
	public String toDecision(boolean withFindings) {
		String number = applyOnline();
		toDecision(number, withFindings);
		return number;
	}

	/**
	 * Runs an assessment from the decision task to its registration: eligible, reported
	 * to JIPDEC, and the registration recorded under the number and start given.
	 */
	public void decideAndRegister(String number, String registrationNumber, LocalDate validFrom) {
		complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		executeJipdecJob(number);
		complete(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("registrationNumber", registrationNumber, "validFrom", validFrom.toString()));
	}

	/** A new registration number, (01), nobody else in the test database has. */
	public static String newRegistrationNumber() {
		return String.format(Locale.ROOT, "%08d(01)", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
	}

	/** What the holder of a registration writes on its renewal application. */
	public static ApplicantData renewalApplicant(Applicant holder) {
		return new ApplicantData(holder.getName(), holder.getNameKana(), holder.getCorporateNumber(),
				holder.getPostalCode(), holder.getAddress(), holder.getRepresentativeTitle(),
				holder.getRepresentativeName(), holder.getContactName(), holder.getContactDepartment(),
				holder.getContactPostalCode(), holder.getContactAddress(), holder.getContactPhone(),
				holder.getContactEmail(), holder.getIndustry(), holder.getCapitalYen(), holder.getHeadcount(),
				holder.getFullTimeStaff());
	}

	/** REN-4: every document a renewal must carry, as small PDF files. */
	public static List<NewApplication.UploadedFile> renewalFiles(boolean hasCorporateNumber, boolean changes) {
		List<NewApplication.UploadedFile> files = new ArrayList<>();
		for (DocumentList.Entry entry : DocumentList.forRenewal(hasCorporateNumber, changes).mandatory()) {
			files.add(new NewApplication.UploadedFile(entry.type().name(), entry.type(), entry.type().name() + ".pdf",
					pdf()));
		}
		return files;
	}

	/** REN-4: the holder applies online to renew the registration; returns the number. */
	public String applyForRenewal(Applicant holder, String registrationNumber) {
		this.fixtures.ensure();
		LocalDate today = this.calendar.today();
		NewApplication renewal = new NewApplication(renewalApplicant(holder), ApplicationKind.RENEWAL, Channel.ONLINE,
				today, true, true, null, EnumSet.noneOf(DocumentType.class), renewalFiles(true, false),
				registrationNumber, false);
		return this.intake.receiveOnline(renewal, "test").getApplicationNumber();
	}

	/**
	 * Runs a new online application to where its findings document was issued: the
	 * assessment waits for the improvement report (FND-3).
	 */
	public String toFindingsIssued() {
		String number = applyOnline();
		for (String task : new String[] { AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM, AssessmentProcess.REVIEW_DOCUMENTS,
				AssessmentProcess.SCHEDULE_ONSITE_AUDIT }) {
			complete(number, task);
		}
		complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT, Map.of("nonconformitiesFound", true));
		complete(number, AssessmentProcess.INVOICE_ONSITE_AUDIT);
		complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT);
		return number;
	}

	/** Runs a received application from its receipt check to the decision task. */
	public void toDecision(String number, boolean withFindings) {
		complete(number, AssessmentProcess.CHECK_RECEIPT);
		complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		complete(number, AssessmentProcess.MAKE_AUDIT_PLAN);
		complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		complete(number, AssessmentProcess.REVIEW_DOCUMENTS);
		complete(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT);
		complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT, Map.of("nonconformitiesFound", withFindings));
		complete(number, AssessmentProcess.INVOICE_ONSITE_AUDIT);
		if (withFindings) {
			complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT);
			complete(number, AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT);
			complete(number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT);
		}
		complete(number, AssessmentProcess.WRITE_COMPLETION_REPORT);
	}

	/**
	 * Runs the asynchronous report to JIPDEC once; returns the job after it ran (or
	 * failed).
	 */
	public Job executeJipdecJob(String applicationNumber) {
		Job job = this.managementService.createJobQuery()
			.processInstanceId(instance(applicationNumber).getId())
			.activityId(AssessmentProcess.REPORT_TO_JIPDEC)
			.singleResult();
		try {
			this.managementService.executeJob(job.getId());
		}
		catch (RuntimeException ex) {
			// a failed attempt: the engine lowered the retries
		}
		return this.managementService.createJobQuery().jobId(job.getId()).singleResult();
	}

}
