package jp.pmark.workflow.robustness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.PortalApplications;
import jp.pmark.workflow.audit.AuditPlanForm;
import jp.pmark.workflow.audit.AuditTeamForm;
import jp.pmark.workflow.audit.CompletionReportForm;
import jp.pmark.workflow.audit.DocumentReviewForm;
import jp.pmark.workflow.audit.FindingsDocumentForm;
import jp.pmark.workflow.audit.ImprovementReviewForm;
import jp.pmark.workflow.audit.OnsiteRecordForm;
import jp.pmark.workflow.audit.OnsiteScheduleForm;
import jp.pmark.workflow.calendar.CalendarProperties;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.decision.DecisionForm;
import jp.pmark.workflow.fee.OnsiteInvoiceForm;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.ReceiptCheck;
import jp.pmark.workflow.intake.ReceiptCheckForm;
import jp.pmark.workflow.intake.ScreeningForm;
import jp.pmark.workflow.intake.StartConfirmationForm;
import jp.pmark.workflow.support.ForkedApplication;
import jp.pmark.workflow.support.TestUsers;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases brought to the state a test needs on forked nodes, through the doors people use:
 * the applicant portal's intake, and each user task claimed and its form submitted by the
 * person it is offered to, as Tasklist does ({@code /engine-rest}, HTTP Basic). The
 * answers are the valid ones of {@code AssessmentDriver}. What a case is waiting for is
 * read from the shared database.
 */
final class NodeCases {

	static final String RECEPTION = "n-reception";

	static final String ACCOUNTING = "n-accounting";

	static final String MANAGER = "n-manager";

	static final String LEAD = "n-lead";

	static final String AUDITOR = "n-auditor";

	static final String COMMITTEE = "n-committee";

	static final String PASSWORD = TestUsers.PASSWORD;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Who works a task offered to each group. */
	private static final Map<String, String> STAFF = Map.of(StaffGroup.RECEPTION.id(), RECEPTION,
			StaffGroup.ACCOUNTING.id(), ACCOUNTING, StaffGroup.ASSESSMENT_MANAGERS.id(), MANAGER,
			StaffGroup.COMMITTEE.id(), COMMITTEE, StaffGroup.LEAD_AUDITORS.id(), LEAD, StaffGroup.AUDITORS.id(), LEAD);

	private final HttpClient http;

	private final JdbcTemplate jdbc;

	private final String portalUser;

	private final String portalPassword;

	private final JapaneseBusinessCalendar calendar = new JapaneseBusinessCalendar(
			new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of("12-29..01-03")));

	private String leadId;

	private String auditorId;

	NodeCases(HttpClient http, JdbcTemplate jdbc, String portalUser, String portalPassword) {
		this.http = http;
		this.jdbc = jdbc;
		this.portalUser = portalUser;
		this.portalPassword = portalPassword;
	}

	/**
	 * The staff who work the tasks, once per database: users and memberships by the
	 * administrator; the two auditors' records and AUD-3 agreements written into the
	 * database, as there is no door for them but the demo's.
	 */
	synchronized NodeCases ensureStaff(ForkedApplication node) throws Exception {
		if (this.leadId != null) {
			return this;
		}
		if (this.jdbc.queryForObject("select count(*) from act_id_user where id_ = ?", Integer.class, RECEPTION) == 0) {
			TwoNodesSupport.createUser(this.http, node, RECEPTION, PASSWORD, List.of(StaffGroup.RECEPTION.id()));
			TwoNodesSupport.createUser(this.http, node, ACCOUNTING, PASSWORD, List.of(StaffGroup.ACCOUNTING.id()));
			TwoNodesSupport.createUser(this.http, node, MANAGER, PASSWORD,
					List.of(StaffGroup.ASSESSMENT_MANAGERS.id()));
			TwoNodesSupport.createUser(this.http, node, COMMITTEE, PASSWORD, List.of(StaffGroup.COMMITTEE.id()));
			TwoNodesSupport.createUser(this.http, node, LEAD, PASSWORD,
					List.of(StaffGroup.LEAD_AUDITORS.id(), StaffGroup.AUDITORS.id()));
			TwoNodesSupport.createUser(this.http, node, AUDITOR, PASSWORD, List.of(StaffGroup.AUDITORS.id()));
			auditor(LEAD, "試験 主任", "LEAD_AUDITOR");
			auditor(AUDITOR, "試験 審査", "AUDITOR");
		}
		this.leadId = String
			.valueOf(this.jdbc.queryForObject("select id from auditor where user_id = ?", Long.class, LEAD));
		this.auditorId = String
			.valueOf(this.jdbc.queryForObject("select id from auditor where user_id = ?", Long.class, AUDITOR));
		return this;
	}

	private void auditor(String userId, String name, String grade) {
		this.jdbc.update(
				"insert into auditor (user_id, name, address, affiliation, position_title, education, "
						+ "qualifications, experience_training, audits_performed, performance_evaluation, grade, "
						+ "record_updated_on, active) values (?, ?, '東京都港区', '審査センター', '審査員', '大学卒業', "
						+ "'プライバシーマーク審査員', '個人情報保護の審査 5年', '30件', '良好', ?, ?, true)",
				userId, name, grade, LocalDate.of(2026, 4, 1));
		this.jdbc.update(
				"insert into auditor_agreement (auditor_id, signed_on, valid_until, confidentiality, "
						+ "no_conflict_of_interest) select id, ?, null, true, true from auditor where user_id = ?",
				LocalDate.of(2025, 4, 1), userId);
	}

	LocalDate today() {
		return this.calendar.today();
	}

	/** An online application by the portal (INT-1); its number. */
	String apply(ForkedApplication node, String applicantName) throws Exception {
		String boundary = "nodecases" + System.nanoTime();
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/applications"))
				.header("Authorization", ForkedApplication.basic(this.portalUser, this.portalPassword))
				.header("Content-Type", PortalApplications.contentType(boundary))
				.POST(HttpRequest.BodyPublishers
					.ofByteArray(PortalApplications.body(boundary, PortalApplications.fields(applicantName))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(node.name() + ": " + answer.body()).isEqualTo(201);
		return JSON.readTree(answer.body()).path("applicationNumber").asText();
	}

	/**
	 * An online application received and accepted: its acceptance notice and application
	 * fee invoice issued (FEE-1).
	 */
	String accepted(ForkedApplication node, String applicantName) throws Exception {
		String number = apply(node, applicantName);
		complete(node, number, AssessmentProcess.CHECK_RECEIPT,
				FormValues.of(new ReceiptCheckForm.Input(DocumentType.mandatory(), today().minusDays(10), true, true,
						null, ReceiptCheck.Outcome.ACCEPTED, null)));
		return number;
	}

	/**
	 * An accepted case run to where its findings document was issued: it waits for the
	 * improvement report (FND-3).
	 */
	void toFindingsIssued(ForkedApplication node, String number) throws Exception {
		LocalDate today = today();
		String fine = "適切に運用されている";
		complete(node, number, AssessmentProcess.SCREEN_DISQUALIFICATION,
				FormValues.of(new ScreeningForm.Input(List.of(), true, null)));
		complete(node, number, AssessmentProcess.CONFIRM_ASSESSMENT_START,
				FormValues.of(new StartConfirmationForm.Input(true, true, true, true, true, true,
						StartConfirmationForm.StartDecision.START, null)));
		complete(node, number, AssessmentProcess.MAKE_AUDIT_PLAN, FormValues
			.of(new AuditPlanForm.Input(today.plusDays(20), today.plusDays(40), today.plusDays(60), 6, null)));
		complete(node, number, AssessmentProcess.APPOINT_AUDIT_TEAM, FormValues
			.of(new AuditTeamForm.Input(List.of(this.leadId, this.auditorId), this.leadId, List.of(), false)));
		complete(node, number, AssessmentProcess.REVIEW_DOCUMENTS,
				FormValues.of(new DocumentReviewForm.Input(true, true, "審査基準に適合している", "手順が定められている", true, "規定あり", true,
						"規定あり", true, "規定あり", true, "規定あり", true, "規定あり", true, "規定あり", true, "規定あり", true, "規定あり",
						true, "規定あり", true, "規定あり", true, "規定あり", true, "規定あり", true, "規定あり", true, "規定あり", true,
						"規定あり", DocumentReviewForm.ReviewResult.CONFORMING, null, false)));
		complete(node, number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT,
				FormValues.of(new OnsiteScheduleForm.Input(this.calendar.addBusinessDays(today, 30), "09:30",
						"東京都港区新橋1-1-1 本社", true, null)));
		complete(node, number, AssessmentProcess.RECORD_ONSITE_AUDIT,
				FormValues.of(new OnsiteRecordForm.Input(today, "山田 太郎, 代表取締役, 役員\n佐藤 一郎, 個人情報保護管理者, 従業者", fine, fine,
						fine, fine, fine, fine, fine, fine, fine, fine, fine, true,
						OnsiteRecordForm.OnsiteOutcome.COMPLETED, null)));
		complete(node, number, AssessmentProcess.INVOICE_ONSITE_AUDIT,
				FormValues.of(new OnsiteInvoiceForm.Input(12_000L, 0L, null)));
		complete(node, number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT,
				FormValues.of(new FindingsDocumentForm.Input(today, today, "試験 主任", "おおむね適合しているが、次の不適合がある",
						"教育の理解度確認が記録されていない\n内部監査の報告が代表者に届いていない", null, false, null)));
	}

	/**
	 * A case whose improvement report came in, run to the eligible decision: reported to
	 * JIPDEC (JIP-1), it waits for its registration (JIP-2).
	 */
	void toRegistrationAwaited(ForkedApplication node, String number) throws Exception {
		complete(node, number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT, FormValues
			.of(new ImprovementReviewForm.Input(ImprovementReviewForm.ImprovementOutcome.ACCEPTED, null)));
		complete(node, number, AssessmentProcess.WRITE_COMPLETION_REPORT,
				FormValues.of(new CompletionReportForm.Input("代表取締役、個人情報保護管理者", "顧客情報の管理、採用応募者の情報の管理", "適切", "適切", "適切",
						"適切", "適切", "適切", "適切", CompletionReportForm.EligibilityOpinion.ELIGIBLE, "不適合は是正された")));
		complete(node, number, AssessmentProcess.DECIDE_ELIGIBILITY, FormValues
			.of(new DecisionForm.Input(DecisionForm.Result.ELIGIBLE, "第12回審査会", today(), "審査終了報告書のとおり付与適格と認める")));
		awaitMessage(number, AssessmentProcess.MSG_REGISTRATION_REPORTED);
	}

	/**
	 * Waits until the case's assessment waits for the message (after its async steps).
	 */
	void awaitMessage(String number, String message) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (waitsFor(number, message) == 0) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError(number + " does not wait for " + message);
			}
			Thread.sleep(100);
		}
	}

	/** How many of the case's executions wait for the message. */
	int waitsFor(String number, String message) {
		return this.jdbc.queryForObject(
				"select count(*) from act_ru_event_subscr s join act_ru_execution e on e.proc_inst_id_ = s.proc_inst_id_ "
						+ "and e.id_ = e.proc_inst_id_ where e.business_key_ = ? and s.event_name_ = ?",
				Integer.class, number, message);
	}

	/**
	 * Claims the case's open task as the person it is offered to and submits its form, as
	 * Tasklist does; fails unless the engine accepts it.
	 */
	void complete(ForkedApplication node, String number, String taskKey, FormValues values) throws Exception {
		Map<String, Object> task = openTask(number, taskKey);
		String taskId = (String) task.get("id_");
		String user = (String) task.get("assignee_");
		if (user == null) {
			List<String> groups = this.jdbc.queryForList(
					"select group_id_ from act_ru_identitylink where task_id_ = ? and type_ = 'candidate'",
					String.class, taskId);
			user = groups.stream()
				.filter(STAFF::containsKey)
				.map(STAFF::get)
				.findFirst()
				.orElseThrow(() -> new AssertionError("nobody for " + taskKey + " offered to " + groups));
			HttpResponse<String> claimed = post(node, user, "/engine-rest/task/" + taskId + "/claim",
					"{\"userId\":\"" + user + "\"}");
			assertThat(claimed.statusCode()).as(taskKey + ": " + claimed.body()).isEqualTo(204);
		}
		HttpResponse<String> submitted = post(node, user, "/engine-rest/task/" + taskId + "/submit-form",
				values.toSubmitFormJson());
		assertThat(submitted.statusCode()).as(number + " " + taskKey + " as " + user + ": " + submitted.body())
			.isEqualTo(204);
	}

	private Map<String, Object> openTask(String number, String taskKey) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			List<Map<String, Object>> tasks = this.jdbc.queryForList(
					"select t.id_, t.assignee_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
							+ "where e.business_key_ = ? and t.task_def_key_ = ?",
					number, taskKey);
			if (tasks.size() == 1) {
				return tasks.get(0);
			}
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("no open task " + taskKey + " in " + number);
			}
			Thread.sleep(50);
		}
	}

	/** The case's invoice of the kind (FEE-1, FEE-3, FEE-4): number and total. */
	Map<String, Object> invoice(String number, String kind) {
		return this.jdbc.queryForMap("select i.invoice_number, i.total_yen from invoice i join application a on "
				+ "a.id = i.application_id where a.application_number = ? and i.kind = ?", number, kind);
	}

	/** A JSON call of the product's API as the user. */
	HttpResponse<String> post(ForkedApplication node, String user, String path, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization",
					ForkedApplication.basic(user, (user.equals(this.portalUser)) ? this.portalPassword : PASSWORD))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
