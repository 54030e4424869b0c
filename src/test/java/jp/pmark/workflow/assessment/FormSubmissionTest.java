package jp.pmark.workflow.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.common.TaskForms;
import jp.pmark.workflow.guard.JapaneseDates;
import jp.pmark.workflow.intake.ReceiptCheckForm;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GEN-2 as staff meet it in Tasklist: a form is submitted over the engine's REST API
 * ({@code submit-form}, on both mounts), bound to its contract and checked; a refusal is
 * a 400 naming the field and the rule, the task stays open and nothing is saved; what was
 * submitted is recorded in the product's tables, never as a process variable.
 */
@PmarkSpringTest
class FormSubmissionTest {

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.FormService formService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	TaskForms taskForms;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	Applications applications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JapaneseBusinessCalendar calendar;

	private long receiptChecksOf(String number) {
		Application application = this.applications.get(number);
		return this.jdbc.queryForObject("select count(*) from receipt_check where application_id = ?", Long.class,
				application.getId());
	}

	@Test
	@DisplayName("GEN-2 INT-3 a submission that breaks a rule is refused with 400 and a Japanese message; the task stays open, nothing saved")
	void refusedSubmission() {
		String number = this.driver.applyOnline();
		Tasklist.Response refused = this.driver.submit(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("presentDocuments", List.of("FORM_0", "FORM_1")), Fixtures.RECEPTION);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.message()).contains("【INT-3】必須書類「3. 様式2 個人情報保護体制」").doesNotContain("ENGINE-");
		Task task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		assertThat(task.getAssignee()).as("claimed, still open").isEqualTo(Fixtures.RECEPTION);
		assertThat(this.formService.getTaskFormVariables(task.getId()))
			.as("the refused answers were not kept (and the checklist starts unticked)")
			.doesNotContainKey("presentDocuments");
		assertThat(receiptChecksOf(number)).isZero();

		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		assertThat(this.driver.task(number, AssessmentProcess.SCREEN_DISQUALIFICATION)).isNotNull();
		assertThat(receiptChecksOf(number)).isOne();
	}

	@Test
	@DisplayName("GEN-2 a variable the form's contract does not accept is refused with 400 naming it, on /engine-rest and on Tasklist's own mount; nothing is saved")
	void unknownVariableRefusedOnEveryMount() {
		String number = this.driver.applyOnline();
		Task task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		FormValues valid = FormValues.of(this.driver.defaults(number, AssessmentProcess.CHECK_RECEIPT));
		String withTeam = valid.toSubmitFormJson()
			.replace("{\"variables\":{", "{\"variables\":{\"auditTeam\":{\"value\":\"t-lead-a,t-com-a\"},");
		assertThat(this.tasklist.claim(task.getId(), Fixtures.RECEPTION).status()).isEqualTo(204);

		Tasklist.Response rest = this.tasklist.submit(task.getId(), Fixtures.RECEPTION, withTeam);
		assertThat(rest.status()).isEqualTo(400);
		assertThat(rest.message()).contains("【GEN-2】「auditTeam」はこのフォームの入力項目ではない");

		Tasklist.Response webapp = this.tasklist.session(Fixtures.RECEPTION)
			.post("/task/" + task.getId() + "/submit-form", withTeam);
		assertThat(webapp.status()).isEqualTo(400);
		assertThat(webapp.message()).contains("「auditTeam」");

		assertThat(this.driver.task(number, AssessmentProcess.CHECK_RECEIPT).getId()).isEqualTo(task.getId());
		assertThat(this.runtimeService.getVariables(this.driver.instance(number).getId()))
			.doesNotContainKeys("auditTeam", "receiptOutcome");
		assertThat(receiptChecksOf(number)).isZero();

		// the same values without the extra variable pass, on Tasklist's mount
		Tasklist.Response accepted = this.tasklist.session(Fixtures.RECEPTION)
			.post("/task/" + task.getId() + "/submit-form", valid.toSubmitFormJson());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
		assertThat(receiptChecksOf(number)).isOne();
	}

	@Test
	@DisplayName("GEN-2 a value of the wrong kind is refused naming its field: text for a number, an impossible date, a choice not offered, a checklist that is not a list")
	void wrongKindsRefused() {
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);
		String user = Fixtures.RECEPTION;
		Tasklist.Response impossibleDate = this.driver.submit(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("validFrom", "2026-02-30"), user);
		assertThat(impossibleDate.status()).isEqualTo(400);
		assertThat(impossibleDate.message()).contains("【GEN-2】「有効期間の開始日」の「2026-02-30」は日付として読めません");
		Tasklist.Response textDate = this.driver.submit(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("validFrom", "11/20/2026"), user);
		assertThat(textDate.message()).contains("「有効期間の開始日」の「11/20/2026」は日付として読めません");

		String other = this.driver.applyOnline();
		Task receipt = this.driver.task(other, AssessmentProcess.CHECK_RECEIPT);
		String body = FormValues.of(this.driver.defaults(other, AssessmentProcess.CHECK_RECEIPT))
			.toSubmitFormJson()
			.replace("\"receiptOutcome\":{\"value\":\"ACCEPTED\"}", "\"receiptOutcome\":{\"value\":\"MAYBE\"}")
			.replace("\"assessmentRequested\":{\"value\":true}", "\"assessmentRequested\":{\"value\":\"yes\"}");
		this.tasklist.claim(receipt.getId(), user);
		Tasklist.Response kinds = this.tasklist.submit(receipt.getId(), user, body);
		assertThat(kinds.status()).isEqualTo(400);
		assertThat(kinds.message()).contains("「確認の結果」の「MAYBE」は選択肢にありません")
			.contains("「付与適格性審査を申請する旨の記述がある」は はい（true）／いいえ（false）で答えてください");
		String notAList = FormValues.of(this.driver.defaults(other, AssessmentProcess.CHECK_RECEIPT))
			.toSubmitFormJson()
			.replaceAll("\"presentDocuments\":\\{[^}]*\\}", "\"presentDocuments\":{\"value\":\"FORM_0\"}");
		assertThat(this.tasklist.submit(receipt.getId(), user, notAList).message())
			.contains("「確認できた書類（必須書類はすべて必要です）」は選択肢の一覧で送ってください");

		String planned = this.driver.applyOnline();
		this.driver.complete(planned, AssessmentProcess.CHECK_RECEIPT);
		this.driver.complete(planned, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(planned, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		Task plan = this.driver.task(planned, AssessmentProcess.MAKE_AUDIT_PLAN);
		String textHours = FormValues.of(this.driver.defaults(planned, AssessmentProcess.MAKE_AUDIT_PLAN))
			.toSubmitFormJson()
			.replace("\"onsiteHours\":{\"value\":6}", "\"onsiteHours\":{\"value\":\"abc\"}");
		this.tasklist.claim(plan.getId(), Fixtures.MANAGER);
		Tasklist.Response hours = this.tasklist.submit(plan.getId(), Fixtures.MANAGER, textHours);
		assertThat(hours.status()).isEqualTo(400);
		assertThat(hours.message()).contains("「現地審査時間（時間）」は数値で入力してください");
	}

	@Test
	@DisplayName("GEN-2 a value that is not of the type it is sent as (a Date that is no date, a Long that is text, Json that is not JSON) or sent twice is refused naming its field and the rule, on both mounts; nothing is saved")
	void valuesNotOfTheirTypeRefused() {
		String number = this.driver.applyOnline();
		Task task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		String valid = FormValues.of(this.driver.defaults(number, AssessmentProcess.CHECK_RECEIPT)).toSubmitFormJson();
		assertThat(this.tasklist.claim(task.getId(), Fixtures.RECEPTION).status()).isEqualTo(204);

		String notADate = valid
			.replace("{\"variables\":{",
					"{\"variables\":{\"registryCertificateIssuedOn\":{\"type\":\"Date\",\"value\":{\"a\":[]}},")
			.replaceAll(",\"registryCertificateIssuedOn\":\\{[^}]*\\}", "");
		Tasklist.Response rest = this.tasklist.submit(task.getId(), Fixtures.RECEPTION, notADate);
		assertThat(rest.status()).as(notADate).isEqualTo(400);
		assertThat(rest.message()).contains("【GEN-2】「registryCertificateIssuedOn」の値を型 Date として読み取れません");

		String textAsLong = valid.replaceAll("\"assessmentRequested\":\\{[^}]*\\}",
				"\"assessmentRequested\":{\"type\":\"Long\",\"value\":\"abc\"}");
		Tasklist.Response webapp = this.tasklist.session(Fixtures.RECEPTION)
			.post("/task/" + task.getId() + "/submit-form", textAsLong);
		assertThat(webapp.status()).as(textAsLong).isEqualTo(400);
		assertThat(webapp.message()).contains("【GEN-2】「assessmentRequested」の値を型 Long として読み取れません");

		String twice = valid.replace("{\"variables\":{",
				"{\"variables\":{\"receiptOutcome\":{\"value\":\"REJECTED\"},");
		Tasklist.Response duplicated = this.tasklist.submit(task.getId(), Fixtures.RECEPTION, twice);
		assertThat(duplicated.status()).as(twice).isEqualTo(400);
		assertThat(duplicated.message()).contains("【GEN-2】「receiptOutcome」が2回送信されています");

		String brokenJson = valid.replaceAll("\"presentDocuments\":\\{[^}]*\\}",
				"\"presentDocuments\":{\"type\":\"Json\",\"value\":\"[\\\\\"FORM_0\"}");
		Tasklist.Response json = this.tasklist.submit(task.getId(), Fixtures.RECEPTION, brokenJson);
		assertThat(json.status()).as(json.body()).isEqualTo(400);
		assertThat(json.message()).contains("【GEN-2】「確認できた書類（必須書類はすべて必要です）」の値を読み取れません");

		assertThat(this.driver.task(number, AssessmentProcess.CHECK_RECEIPT).getId()).isEqualTo(task.getId());
		assertThat(receiptChecksOf(number)).isZero();
		assertThat(this.tasklist.submit(task.getId(), Fixtures.RECEPTION, valid).status()).isEqualTo(204);
		assertThat(receiptChecksOf(number)).isOne();
	}

	@Test
	@DisplayName("GEN-2 a task is completed only through its form: the engine's plain complete with variables is refused and stores nothing")
	void plainCompleteRefused() {
		String number = this.driver.applyOnline();
		Task task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		this.tasklist.claim(task.getId(), Fixtures.RECEPTION);
		String body = "{\"variables\":{\"receiptOutcome\":{\"value\":\"ACCEPTED\"}}}";
		Tasklist.Response staff = this.tasklist.post(Fixtures.RECEPTION,
				"/engine-rest/task/" + task.getId() + "/complete", body);
		assertThat(staff.status()).as("the API gate: not a call of Tasklist's").isEqualTo(403);
		Tasklist.Response admin = this.tasklist.intervene(Fixtures.ADMIN, "POST",
				"/engine-rest/task/" + task.getId() + "/complete", body, "受付の確認を代わりに完了する");
		assertThat(admin.status()).as("not even an administrator's").isEqualTo(400);
		assertThat(admin.message()).contains("フォームを送信して完了してください");
		assertThat(this.driver.task(number, AssessmentProcess.CHECK_RECEIPT)).isNotNull();
		assertThat(this.runtimeService.getVariables(this.driver.instance(number).getId()))
			.doesNotContainKey("receiptOutcome");
		assertThatThrownBy(() -> this.taskService.complete(task.getId())).hasMessageContaining("フォームを送信して完了してください");
	}

	@Test
	@DisplayName("GEN-2 what a form submits is recorded in the product's tables and never kept as a variable, in the runtime or the history")
	void submissionsAreNotVariables() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT, Map.of("receiptReason", "書類を確認した"));
		String instance = this.driver.instance(number).getId();
		List<String> kept = this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.list()
			.stream()
			.filter((variable) -> variable.getTaskId() == null)
			.map(HistoricVariableInstance::getName)
			.toList();
		assertThat(kept).containsOnly(AssessmentProcess.VAR_APPLICATION_NUMBER, AssessmentProcess.VAR_APPLICANT_NAME,
				AssessmentProcess.VAR_RECEIPT_OUTCOME);
		assertThat(this.historyService.createHistoricDetailQuery().processInstanceId(instance).formFields().count())
			.as("no form fields in the history either")
			.isZero();
		assertThat(this.jdbc.queryForList("select reason from receipt_check where application_id = ?", String.class,
				this.applications.get(number).getId()))
			.containsExactly("書類を確認した");
	}

	@Test
	@DisplayName("SITE-1 CAL-1 GEN-2 the on-site audit's date submitted in Tasklist (typed in the era with full-width digits; month/day/year refused) sets the record's due date five business days later (the prefilled date no longer hides it)")
	void onsiteScheduleInTasklist() {
		String number = this.driver.applyOnline();
		for (String task : List.of(AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM, AssessmentProcess.REVIEW_DOCUMENTS)) {
			this.driver.complete(number, task);
		}
		Task schedule = this.driver.task(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT);
		assertThat(String.valueOf(this.formService.getTaskFormVariables(schedule.getId()).get("onsiteDate")))
			.as("prefilled as staff read a date")
			.matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
		LocalDate date = this.calendar.addBusinessDays(this.calendar.today(), 12);
		String american = this.tasklist.refused(schedule,
				Map.of("onsiteDate", "%d/%d/%d".formatted(date.getMonthValue(), date.getDayOfMonth(), date.getYear()),
						"agreedWithApplicant", true));
		assertThat(american).as("month/day/year is refused, never guessed").contains("日付として読めません");
		// typed in the era with full-width digits, as a clerk may
		String era = JapaneseDates.inEra(date)
			.chars()
			.mapToObj((c) -> String.valueOf((char) ((c >= '0' && c <= '9') ? c - '0' + '０' : c)))
			.collect(java.util.stream.Collectors.joining());
		this.tasklist.submitForm(schedule, Map.of("onsiteDate", era, "agreedWithApplicant", true));
		Task record = this.driver.task(number, AssessmentProcess.RECORD_ONSITE_AUDIT);
		assertThat(record.getDueDate().toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate())
			.isEqualTo(this.calendar.addBusinessDays(date, 5));
	}

	@Test
	@DisplayName("GEN-2 a request without the body its endpoint needs answers 400, not 500, on both mounts; one that needs none (unclaim) still works")
	void missingBodyIsTheCallersMistake() {
		String number = this.driver.applyOnline();
		Task task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		Tasklist.Response rest = this.tasklist.intervene(Fixtures.ADMIN, "POST",
				"/engine-rest/task/" + task.getId() + "/localVariables", null, "試験");
		assertThat(rest.status()).as(rest.body()).isEqualTo(400);
		assertThat(rest.message()).contains("本文（JSON）が必要です");
		Tasklist.Response webapp = this.tasklist.session(Fixtures.ADMIN, "admin")
			.intervene("POST", "/task/" + task.getId() + "/localVariables", null, "試験");
		assertThat(webapp.status()).as(webapp.body()).isEqualTo(400);
		Tasklist.Session session = this.tasklist.session(Fixtures.RECEPTION);
		assertThat(this.tasklist.claim(task.getId(), Fixtures.RECEPTION).status()).isEqualTo(204);
		assertThat(session.post("/task/" + task.getId() + "/unclaim", null).status()).isEqualTo(204);
	}

	@Test
	@DisplayName("GEN-2 every user task of every process has its server-side form: the convention no new task may break")
	void everyUserTaskHasItsForm() {
		List<String> missing = new ArrayList<>();
		for (ProcessDefinition definition : this.repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.list()) {
			if (!definition.getKey().startsWith("Pmark")) {
				continue;
			}
			BpmnModelInstance model = this.repositoryService.getBpmnModelInstance(definition.getId());
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				if (this.taskForms.find(definition.getKey(), task.getId()).isEmpty()) {
					missing.add(definition.getKey() + "/" + task.getId());
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(this.taskForms.find(AssessmentProcess.KEY, AssessmentProcess.DECIDE_ELIGIBILITY)).isPresent();
		assertThat(ReceiptCheckForm.class).isPublic();
	}

}
