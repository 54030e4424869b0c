package jp.pmark.workflow.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.ApplicationKind;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import jp.pmark.workflow.intake.Channel;
import jp.pmark.workflow.intake.DocumentList;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.IntakeService;
import jp.pmark.workflow.intake.NewApplication;
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

	AssessmentDriver(IntakeService intake, RuntimeService runtimeService, TaskService taskService,
			ManagementService managementService, JapaneseBusinessCalendar calendar, Fixtures fixtures,
			Applications applications) {
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

	/** Completes the task with the given answers over the valid defaults. */
	public void complete(String applicationNumber, String taskKey, Map<String, Object> answers) {
		Map<String, Object> variables = new HashMap<>(defaults(taskKey));
		if (AssessmentProcess.CHECK_RECEIPT.equals(taskKey)) {
			// the documents this application must carry: a renewal's list differs (REN-4)
			Application application = this.applications.get(applicationNumber);
			variables.put("presentDocuments",
					application.documentList().mandatory().stream().map((entry) -> entry.type().name()).toList());
			variables.put("registryCertificateIssuedOn", application.getAppliedOn().minusDays(10).toString());
		}
		variables.putAll(answers);
		this.taskService.complete(task(applicationNumber, taskKey).getId(), variables);
	}

	public void complete(String applicationNumber, String taskKey) {
		complete(applicationNumber, taskKey, Map.of());
	}

	/** Valid answers for each user task. */
	public Map<String, Object> defaults(String taskKey) {
		LocalDate today = this.calendar.today();
		Map<String, Object> v = new HashMap<>();
		switch (taskKey) {
			case AssessmentProcess.CHECK_RECEIPT -> {
				v.put("presentDocuments", DocumentType.mandatory().stream().map(Enum::name).toList());
				v.put("registryCertificateIssuedOn", today.minusDays(10).toString());
				v.put("assessmentRequested", true);
				v.put("consentGiven", true);
				v.put("receiptOutcome", "ACCEPTED");
			}
			case AssessmentProcess.SCREEN_DISQUALIFICATION -> {
				v.put("applicableGrounds", List.of());
				v.put("allGroundsChecked", true);
			}
			case AssessmentProcess.CONFIRM_ASSESSMENT_START -> {
				for (String field : new String[] { "documentsSatisfy", "informationSufficient", "withinScope",
						"notDisqualified", "trainingAllEmployees", "internalAuditAllDepartments" }) {
					v.put(field, true);
				}
				v.put("startDecision", "START");
			}
			case AssessmentProcess.MAKE_AUDIT_PLAN -> {
				v.put("documentReviewDue", today.plusDays(20).toString());
				v.put("onsiteFrom", today.plusDays(40).toString());
				v.put("onsiteTo", today.plusDays(60).toString());
				v.put("onsiteHours", 6);
			}
			case AssessmentProcess.APPOINT_AUDIT_TEAM -> {
				v.put("teamMembers", List.of(id(Fixtures.LEAD_A), id(Fixtures.AUDITOR_A)));
				v.put("teamLeader", id(Fixtures.LEAD_A));
				v.put("assistants", List.of());
				v.put("assistantConsent", false);
			}
			case AssessmentProcess.REVIEW_DOCUMENTS -> {
				for (int i = 1; i <= 15; i++) {
					v.put(String.format("area%02dPresent", i), true);
					v.put(String.format("area%02dComment", i), "規定あり");
				}
				v.put("rulesConformity", "審査基準に適合している");
				v.put("procedures", "手順が定められている");
				v.put("form6Used", true);
				v.put("form7Used", true);
				v.put("reviewResult", "CONFORMING");
				v.put("onsiteDiscussionNeeded", false);
			}
			case AssessmentProcess.DECIDE_ONSITE_AUDIT -> {
				v.put("onsiteDecision", "PROCEED");
				v.put("discussionNote", "申請者と協議し、予定どおり実施する");
			}
			case AssessmentProcess.SCHEDULE_ONSITE_AUDIT -> {
				v.put("onsiteDate", this.calendar.addBusinessDays(today, 30).toString());
				v.put("onsiteStartTime", "09:30");
				v.put("onsitePlace", "東京都港区新橋1-1-1 本社");
				v.put("agreedWithApplicant", true);
			}
			case AssessmentProcess.RECORD_ONSITE_AUDIT -> {
				v.put("heldOn", today.toString());
				v.put("attendees", "山田 太郎, 代表取締役, 役員\n佐藤 一郎, 個人情報保護管理者, 従業者");
				for (String field : new String[] { "topInterview", "operationsCheck", "siteCheck", "closingSummary",
						"findingA", "findingB", "findingC", "findingD", "findingE", "findingF", "findingG" }) {
					v.put(field, "適切に運用されている");
				}
				v.put("nonconformitiesFound", false);
				v.put("onsiteOutcome", "COMPLETED");
			}
			case AssessmentProcess.INVOICE_ONSITE_AUDIT -> {
				v.put("travelYen", 12_000);
				v.put("lodgingYen", 0);
			}
			case AssessmentProcess.WRITE_FINDINGS_DOCUMENT -> {
				v.put("issuedOn", today.toString());
				v.put("onsiteAuditOn", today.toString());
				v.put("responsiblePerson", "試験 主任一");
				v.put("conformityOpinion", "おおむね適合しているが、次の不適合がある");
				v.put("nonconformities", "教育の理解度確認が記録されていない\n内部監査の報告が代表者に届いていない");
				v.put("differsFromOnsite", false);
			}
			case AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT -> {
				v.put("reportReceivedOn", today.toString());
				v.put("reportSummary", "理解度確認テストを実施し記録した。内部監査報告の手順を改めた。");
				v.put("reportEvidence", "理解度確認テストの記録、改訂した内部監査規程");
			}
			case AssessmentProcess.REVIEW_IMPROVEMENT_REPORT -> v.put("improvementOutcome", "ACCEPTED");
			case AssessmentProcess.WRITE_COMPLETION_REPORT -> {
				v.put("interviewedPositions", "代表取締役、個人情報保護管理者");
				v.put("operationsOverview", "顧客情報の管理、採用応募者の情報の管理");
				for (String field : new String[] { "findingA", "findingB", "findingC", "findingD", "findingE",
						"findingF", "findingG" }) {
					v.put(field, "適切");
				}
				v.put("eligibilityOpinion", "ELIGIBLE");
				v.put("opinionReason", "不適合は是正された");
			}
			case AssessmentProcess.DECIDE_ELIGIBILITY -> {
				v.put("decision", "ELIGIBLE");
				v.put("committeeMeeting", "第12回審査会");
				v.put("decidedOn", today.toString());
				v.put("decisionReason", "審査終了報告書のとおり付与適格と認める");
			}
			case AssessmentProcess.RECORD_REGISTRATION -> {
				v.put("registrationNumber", String.format(Locale.ROOT, "%08d(01)",
						ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
				v.put("validFrom", today.plusDays(30).toString());
			}
			default -> {
			}
		}
		return v;
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
