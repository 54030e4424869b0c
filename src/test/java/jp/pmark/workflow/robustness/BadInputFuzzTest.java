package jp.pmark.workflow.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.change.ChangeReportProcess;
import jp.pmark.workflow.clip.ClipLearningFixtures;
import jp.pmark.workflow.clip.ClipConsultationDriver;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.common.TaskForms;
import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.OnlineApplicationRequest;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.merger.MergerCases;
import jp.pmark.workflow.robustness.FuzzRun.Answer;
import jp.pmark.workflow.robustness.FuzzRun.Door;
import jp.pmark.workflow.robustness.FuzzRun.Gen;
import jp.pmark.workflow.robustness.FuzzRun.Request;
import jp.pmark.workflow.robustness.FuzzRun.Tally;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.FormFiles;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEN-2 under fire: generated bad input (jqwik's generators; the seed is printed with
 * every failure and set with {@code -Dfuzz.seed}) sent the way a careless or hostile
 * client would: texts too long, control characters, broken surrogates, individual
 * numbers, impossible dates, unknown choices, wrong JSON types, fields given twice or
 * never offered, broken JSON and multipart bodies, wrong media types. Each request is a
 * valid one with two to four of its values broken, or broken as a whole.
 * <ul>
 * <li>{@code -Dfuzz.api} requests (1,000 by default) to each {@code /api/**} endpoint and
 * method as Spring maps them; an endpoint without a generator here fails the test.</li>
 * <li>{@code -Dfuzz.forms} submissions (1,000 by default) to each form of the registry
 * ({@link TaskForms}: every user task's form and every start form; every user task in
 * {@code bpmn/} and every file in {@code forms/} must be one of them) through
 * {@code submit-form} as Tasklist sends them; a user task's form to an open task that the
 * process drivers walk to ({@link FormTasks}; a form whose task cannot be opened fails
 * the test). A submission that happens to be valid completes the task; the case is then
 * moved back to it, as an administrator would in Cockpit, for the next one.</li>
 * </ul>
 * Each answer must be below 500; each API refusal (400, 409, 413, 415) must be
 * problem+json naming a field and a rule; no refusal, and no lookup, may change the rows
 * of any table. The requests go out from {@code -Dfuzz.threads} threads (2), a door's
 * requests one after the other on one thread, from generators seeded from the seed and
 * the door (with {@code -Dfuzz.threads=1} also in the same order); {@link FuzzRun} tells
 * how the rows are counted meanwhile. What each door was sent and answered is printed.
 */
@PmarkSpringTest
class BadInputFuzzTest {

	private static final int API_REQUESTS = Integer.getInteger("fuzz.api", 1000);

	private static final int FORM_REQUESTS = Integer.getInteger("fuzz.forms", 1000);

	private static final int THREADS = Integer.getInteger("fuzz.threads", 2);

	private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Engine tables whose rows a refused request must not change (with all of ours). */
	private static final Set<String> ENGINE_TABLES = Set.of("act_ru_execution", "act_ru_task", "act_ru_variable",
			"act_ru_job", "act_ru_event_subscr", "act_hi_procinst", "act_hi_varinst", "act_hi_detail", "act_hi_actinst",
			"act_ge_bytearray");

	/**
	 * Not counted: the number counters, created on the first number of a kind and year in
	 * a transaction of their own (Numbering), so that a request refused after taking a
	 * number leaves a gap, never a repeat.
	 */
	private static final Set<String> NOT_COUNTED = Set.of("number_sequence");

	@Autowired
	Tasklist tasklist;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	TaskForms taskForms;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	InvoiceService invoices;

	@Autowired
	Applications applications;

	@Autowired
	MergerCases mergers;

	@Autowired
	Letters letters;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClipLearningFixtures clipBusinesses;

	@Autowired
	ClipConsultationDriver clipConsultations;

	@Autowired
	DataSource dataSource;

	@Autowired
	Environment environment;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	@DisplayName("GEN-2 INT-2 CHG-5 FEE-5 1,000 generated bad requests to each /api endpoint and method Spring maps (JSON, multipart, paths, queries): never a 5xx, every refusal problem+json naming field and rule, nothing stored by a refusal or a lookup")
	void everyApiEndpoint() {
		this.fixtures.ensure();
		LocalDate today = this.calendar.today();
		AtomicInteger references = new AtomicInteger();
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		Invoice invoice = this.invoices.invoicesOf(this.applications.get(number)).get(0);
		Letter letter = this.letters.ofCases(List.of(number)).get(0);
		String findings = this.driver.toFindingsIssued();
		String decided = this.driver.toDecision(false);
		this.driver.complete(decided, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(decided);
		String registration = AssessmentDriver.newRegistrationNumber();
		this.driver.decideAndRegister(this.driver.toDecision(false), registration, today.plusDays(10));
		String incident = this.tasklist
			.post(Fixtures.RECEPTION, "/api/incidents",
					JSON.valueToTree(map("reporterStatus", "UNDER_ASSESSMENT", "applicationNumber", number,
							"discoveredOn", today.minusDays(2).toString(), "category", "LEAK", "personsAffected", 10,
							"sensitive", true, "summary", "顧客名簿を誤送付した", "reportKind", "NOTICE"))
						.toString())
			.json()
			.path("incidentNumber")
			.asText();
		String changeReport = this.runtimeService.getVariable(
				this.tasklist.startForm(ChangeReportProcess.KEY,
						Map.of("channel", "MAIL", "applicationNumber", number, "reportedOn", today.toString(), "kinds",
								List.of("CONTACT"), "newContactName", "田中 三郎", "reportFormAttached", true)),
				ChangeReportProcess.VAR_REPORT_NUMBER)
			.toString();

		String clip = this.clipBusinesses.certified("株式会社ファズ").getEnrolmentNumber();
		String clipBusiness = this.clipConsultations.certifiedBusiness();
		String consultation = this.tasklist
			.post(Fixtures.RECEPTION, "/api/clip/consultations",
					JSON.valueToTree(this.clipConsultations.startAnswers(clipBusiness)).toString())
			.json()
			.path("consultationNumber")
			.asText();

		List<ApiDoor> doors = List.of(
				multipartDoor("POST", "/api/applications", "/api/applications", Fixtures.RECEPTION, this::application),
				lookupDoor("/api/applications/{applicationNumber}", Fixtures.RECEPTION, List.of("/api/applications/{}"),
						number),
				jsonDoor("POST", "/api/applications/{applicationNumber}/improvement-reports",
						"/api/applications/" + findings + "/improvement-reports", Fixtures.RECEPTION,
						() -> map("summary", "理解度確認テストを実施し記録した。", "evidence", "理解度確認テストの記録")),
				jsonDoor("POST", "/api/applications/{applicationNumber}/registration",
						"/api/applications/" + decided + "/registration", Fixtures.RECEPTION,
						() -> map("registrationNumber", AssessmentDriver.newRegistrationNumber(), "validFrom",
								today.toString())),
				jsonDoor("POST", "/api/payments", "/api/payments", Fixtures.ACCOUNTING,
						() -> map("invoiceNumber", invoice.getInvoiceNumber(), "paidOn", today.toString(), "amountYen",
								invoice.getTotalYen(), "reference", "FZ" + references.incrementAndGet())),
				jsonDoor("POST", "/api/incidents", "/api/incidents", Fixtures.RECEPTION,
						() -> map("reporterStatus", "UNDER_ASSESSMENT", "applicationNumber", number, "discoveredOn",
								today.toString(), "category", "LOSS", "personsAffected", 5, "summary", "履歴書を紛失した",
								"reportKind", "FINAL")),
				jsonDoor("POST", "/api/incidents/{incidentNumber}/reports", "/api/incidents/" + incident + "/reports",
						Fixtures.RECEPTION,
						() -> map("kind", "FINAL", "receivedOn", today.toString(), "summary", "確報です")),
				lookupDoor("/api/incidents/{incidentNumber}", Fixtures.RECEPTION, List.of("/api/incidents/{}"),
						incident),
				multipartDoor("POST", "/api/change-reports", "/api/change-reports", Fixtures.RECEPTION,
						() -> changeReport(number)),
				lookupDoor("/api/change-reports/{reportNumber}", Fixtures.RECEPTION, List.of("/api/change-reports/{}"),
						changeReport),
				lookupDoor("/api/change-history", Fixtures.RECEPTION,
						List.of("/api/change-history?registrationNumber={}",
								"/api/change-history?applicationNumber={}"),
						registration, number),
				lookupDoor("/api/renewal-window", Fixtures.RECEPTION, List.of("/api/renewal-window?validUntil={}"),
						today.toString()),
				lookupDoor("/api/registrations/{registrationNumber}/renewal-window", Fixtures.RECEPTION,
						List.of("/api/registrations/{}/renewal-window"), registration),
				lookupDoor("/api/registrations/{registrationNumber}", Fixtures.RECEPTION,
						List.of("/api/registrations/{}"), registration),
				jsonDoor("PUT", "/api/registrations/{registrationNumber}/validity",
						"/api/registrations/" + registration + "/validity", Fixtures.MANAGER,
						() -> map("validFrom", today.toString(), "reason", "訂正")),
				lookupDoor("/api/applications/{applicationNumber}/letters", Fixtures.MANAGER,
						List.of("/api/applications/{}/letters"), number),
				lookupDoor("/api/applications/{applicationNumber}/letters/{letterId}.pdf", Fixtures.MANAGER,
						List.of("/api/applications/" + number + "/letters/{}.pdf"), String.valueOf(letter.getId())),
				jsonDoor("POST", "/api/applications/{applicationNumber}/letters/{letterId}/corrections",
						"/api/applications/" + number + "/letters/" + letter.getId() + "/corrections", Fixtures.MANAGER,
						() -> map("reason", "宛名の誤記", "changes", map("申請者", "株式会社ファズ" + references.incrementAndGet()))),
				lookupDoor("/api/oversight", Fixtures.MANAGER, List.of("/api/oversight?unused={}"), "1"),
				lookupDoor("/api/oversight/cases", Fixtures.MANAGER,
						List.of("/api/oversight/cases?list={}",
								"/api/oversight/cases?list=stage&process=PmarkAssessmentProcess&activity={}",
								"/api/oversight/cases?list=late&first={}", "/api/oversight/cases?list=late&max={}"),
						"late", "Task_CheckReceipt", "0", "50"),
				jsonDoor("PUT", "/api/clip/businesses/{enrolmentNumber}/employees",
						"/api/clip/businesses/" + clip + "/employees", Fixtures.RECEPTION,
						() -> map("employees",
								List.of(map("employeeCode", "FZ" + references.incrementAndGet(), "name", "ファズ 太郎")))),
				lookupDoor("/api/clip/businesses/{enrolmentNumber}/training", Fixtures.RECEPTION,
						List.of("/api/clip/businesses/{}/training"), clip),
				jsonDoor("POST", "/api/clip/businesses", "/api/clip/businesses", Fixtures.RECEPTION,
						() -> map("plan", "LIGHT", "name", "ファズ工房" + references.incrementAndGet(), "representativeName",
								"木村 葵", "postalCode", "150-0002", "address", "東京都渋谷区渋谷3-3-3", "contactName", "木村 葵",
								"contactEmail", "fz@example.jp", "employees", 1)),
				jsonDoor("POST", "/api/clip/businesses/{enrolmentNumber}/self-checks",
						"/api/clip/businesses/" + clip + "/self-checks", Fixtures.RECEPTION,
						() -> map("answers",
								map("L01", "YES", "L02", "YES", "L03", "YES", "L04", "YES", "L05", "YES", "L06", "YES",
										"L07", "YES", "L08", "NOT_APPLICABLE", "L09", "YES", "L10", "NOT_APPLICABLE",
										"L11", "NOT_APPLICABLE", "L12", "NOT_APPLICABLE", "L13", "YES", "L14", "YES"),
								"declaredBy", "代表 木村", "declaredOn", today.toString(), "submittedOn",
								today.toString())),
				lookupDoor("/api/clip/businesses/{enrolmentNumber}", Fixtures.RECEPTION,
						List.of("/api/clip/businesses/{}"), clip),
				jsonDoor("POST", "/api/clip/consultations", "/api/clip/consultations", Fixtures.RECEPTION,
						() -> map("enrolmentNumber", clipBusiness, "kind", "COMPLAINT", "raisedBy", "BUSINESS",
								"receivedOn", today.toString(), "channel", "PHONE", "summary", "利用目的についての苦情",
								"firstHandling", "HANDLED", "firstHandlingNote", "苦情窓口で説明した")),
				lookupDoor("/api/clip/consultations/{consultationNumber}", Fixtures.RECEPTION,
						List.of("/api/clip/consultations/{}"), consultation));
		assertThat(doors).extracting(Door::name)
			.as("every /api endpoint and method Spring maps has a generator here")
			.containsExactlyInAnyOrderElementsOf(apiEndpoints());

		List<Tally> tallies = run(doors, API_REQUESTS);
		assertThat(tallies)
			.allSatisfy((tally) -> assertThat(tally.checked).as(tally.door).isGreaterThanOrEqualTo(API_REQUESTS));
		// the generator is not so tame that everything is refused for one reason
		assertThat(tallies).anySatisfy((tally) -> assertThat(tally.statuses).containsKey(400));
		assertThat(tallies).filteredOn((tally) -> tally.door.equals("POST /api/applications"))
			.singleElement()
			.satisfies((tally) -> assertThat(tally.accepted).isPositive());
	}

	@Test
	@DisplayName("GEN-2 CHG-5 1,000 generated submissions to each form of every process (each user task's form on a task walked to, each start form) through submit-form as Tasklist sends them: never a 5xx, every refusal naming its rule, nothing stored by a refusal")
	void everyForm() throws IOException {
		this.fixtures.ensure();
		FormTasks tasks = new FormTasks(this.driver, this.tasklist, this.taskService, this.runtimeService,
				this.repositoryService, this.managementService, this.historyService, this.applications, this.invoices,
				this.mergers, this.calendar, this.clipConsultations);
		assertFormsRegistered();
		List<Door> doors = new ArrayList<>();
		List<String> cannotOpen = new ArrayList<>();
		for (TaskForm<?> form : this.taskForms.taskForms()) {
			if (!tasks.canOpen(form)) {
				cannotOpen.add(form.process().key() + "/" + form.taskKey());
			}
			doors.add(new TaskDoor(form, tasks));
		}
		assertThat(cannotOpen).as("forms without an open task to fuzz (FormTasks opens none)").isEmpty();
		for (StartForm<?> form : this.taskForms.startForms()) {
			doors.add(new StartDoor(form, tasks));
		}
		// the assessment's forms first, in the order of the walk: each walks its case one
		// step further than the one before
		doors.sort(Comparator.comparingInt(FormTasks::order));

		List<Tally> tallies = run(doors, FORM_REQUESTS);
		System.out.println("BadInputFuzzTest tasks opened: " + tasks.openings());
		assertThat(tallies).hasSize(this.taskForms.taskForms().size() + this.taskForms.startForms().size());
		assertThat(tallies)
			.allSatisfy((tally) -> assertThat(tally.checked).as(tally.door).isGreaterThanOrEqualTo(FORM_REQUESTS));
	}

	private List<Tally> run(List<? extends Door> doors, int perDoor) {
		long started = System.nanoTime();
		long cpu = cpuNanos();
		List<Tally> tallies = new FuzzRun(this.dataSource, ENGINE_TABLES, NOT_COUNTED, SEED, perDoor, hostile())
			.run(doors, THREADS);
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"BadInputFuzzTest (seed %d, %d threads): %.1f s, the JVM's processor time %.1f s%n", SEED, THREADS,
				(System.nanoTime() - started) / 1e9, (cpuNanos() - cpu) / 1e9));
		tallies.forEach((tally) -> report.append("  ").append(tally).append('\n'));
		System.out.print(report);
		return tallies;
	}

	/**
	 * GEN-2 through Tasklist's door: a refused submission's message names the rule (and
	 * with it the field), so that Tasklist shows the clerk what to correct.
	 */
	private static void namesRule(Answer answer, String context) {
		if (!answer.accepted()) {
			assertThat(answer.json().path("message").asText()).as(context).containsPattern("【[A-Z]+-[0-9]+[a-z]?】");
		}
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** Every /api endpoint and method as Spring maps them: "POST /api/payments". */
	private Set<String> apiEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					info.getMethodsCondition().getMethods().forEach((method) -> endpoints.add(method + " " + pattern));
					assertThat(info.getMethodsCondition().getMethods()).as(pattern + " maps a method").isNotEmpty();
				}
			}
		}
		return endpoints;
	}

	/**
	 * Every user task of the processes in bpmn/ has a form in the registry, so does every
	 * start event with a form, and every file in forms/ is one of these.
	 */
	private void assertFormsRegistered() throws IOException {
		Set<String> used = new TreeSet<>();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".bpmn")).toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				for (Process process : model.getModelElementsByType(Process.class)) {
					for (UserTask task : process.getChildElementsByType(UserTask.class)) {
						if (this.taskForms.find(process.getId(), task.getId()).isEmpty()) {
							missing.add(process.getId() + "/" + task.getId());
						}
						used.add(task.getCamundaFormRef());
					}
					for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
						if (start.getCamundaFormRef() != null) {
							if (this.taskForms.findStart(process.getId()).isEmpty()) {
								missing.add(process.getId() + " (start)");
							}
							used.add(start.getCamundaFormRef());
						}
					}
				}
			}
		}
		assertThat(missing).as("user tasks and start events without a form in the registry (TaskForms)").isEmpty();
		assertThat(used).as("the forms of forms/ that the processes use")
			.containsExactlyInAnyOrderElementsOf(FormFiles.ids());
	}

	// ---- the forms

	/**
	 * A user task's form: submitted to an open task; after an accepted submission to the
	 * same task opened again.
	 */
	private final class TaskDoor implements Door {

		private final TaskForm<?> form;

		private final FormTasks tasks;

		private Task task;

		/** The task is new: not yet claimed, its answers not yet read. */
		private boolean fresh;

		private Set<String> before;

		private String user;

		private ObjectNode valid;

		TaskDoor(TaskForm<?> form, FormTasks tasks) {
			this.form = form;
			this.tasks = tasks;
		}

		@Override
		public String name() {
			return "form " + this.form.process().key() + "/" + this.form.taskKey();
		}

		@Override
		public boolean mayStore() {
			return true;
		}

		@Override
		public boolean prepare() {
			if (this.task == null) {
				this.task = this.tasks.open(this.form);
				this.fresh = true;
				this.valid = null;
			}
			if (!this.fresh) {
				return false;
			}
			this.fresh = false;
			this.user = BadInputFuzzTest.this.tasklist.userFor(this.task);
			if (this.task.getAssignee() == null) {
				assertThat(BadInputFuzzTest.this.tasklist.claim(this.task.getId(), this.user).status())
					.as("claim " + this.task.getTaskDefinitionKey())
					.isEqualTo(204);
			}
			if (this.valid == null) {
				this.valid = variables(this.tasks.answers(this.task, this.user));
			}
			this.before = this.tasks.activities(this.task.getProcessInstanceId());
			return true;
		}

		@Override
		public Request next(Gen gen) {
			String body = formSubmission(this.valid, gen);
			return new Request(body,
					request(this.user, "/engine-rest/task/" + this.task.getId() + "/submit-form")
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build());
		}

		@Override
		public void check(Request request, Answer answer, String context) {
			namesRule(answer, context);
		}

		@Override
		public void accepted(Request request, Answer answer) {
			Task again = this.tasks.reopen(this.task, this.before);
			if (again == null || !again.getProcessInstanceId().equals(this.task.getProcessInstanceId())) {
				// another case: its own answers
				this.valid = null;
			}
			this.task = again;
			this.fresh = true;
		}

		@Override
		public void finished() {
			this.tasks.release(this.task);
		}

	}

	/**
	 * A process's start form, submitted as reception, who may start every process with
	 * one.
	 */
	private final class StartDoor implements Door {

		private final StartForm<?> form;

		private final FormTasks tasks;

		private ObjectNode valid;

		StartDoor(StartForm<?> form, FormTasks tasks) {
			this.form = form;
			this.tasks = tasks;
		}

		@Override
		public String name() {
			return "start form " + this.form.process().key();
		}

		@Override
		public boolean mayStore() {
			return true;
		}

		@Override
		public boolean prepare() {
			if (this.valid != null) {
				return false;
			}
			this.valid = variables(FormValues.of(this.form.contract().empty())
				.with(this.tasks.startAnswers(this.form.process().key())));
			return true;
		}

		@Override
		public Request next(Gen gen) {
			String body = formSubmission(this.valid, gen);
			return new Request(body,
					request(Fixtures.RECEPTION,
							"/engine-rest/process-definition/key/" + this.form.process().key() + "/submit-form")
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build());
		}

		@Override
		public void check(Request request, Answer answer, String context) {
			namesRule(answer, context);
		}

	}

	/** The variables of a submit-form body as Tasklist sends the values. */
	private static ObjectNode variables(FormValues values) {
		try {
			return (ObjectNode) JSON.readTree(values.toSubmitFormJson()).path("variables");
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** A submit-form body: the valid values with a few of them broken. */
	private static String formSubmission(ObjectNode valid, Gen gen) {
		ObjectNode variables = valid.deepCopy();
		List<String> keys = new ArrayList<>();
		valid.fieldNames().forEachRemaining(keys::add);
		// two to four fields broken: a submission that happens to be valid completes the
		// task, and the case is moved back to it before the next one
		int broken = 2 + gen.nextInt(3);
		for (int i = 0; i < broken && !keys.isEmpty(); i++) {
			String key = keys.get(gen.nextInt(keys.size()));
			switch (gen.nextInt(10)) {
				case 0 -> variables.remove(key);
				case 1 -> variables.set("fz" + gen.nextInt(100), typed(gen.node()));
				case 2 -> variables.set(key,
						NODES.objectNode()
							.put("type", "Object")
							.put("value",
									Base64.getEncoder().encodeToString(gen.text().getBytes(StandardCharsets.UTF_8)))
							.set("valueInfo",
									NODES.objectNode()
										.put("objectTypeName", "java.util.ArrayList")
										.put("serializationDataFormat", "application/x-java-serialized-object")));
				case 3 -> variables.set(key, NODES.objectNode().put("type", "Json").put("value", gen.text()));
				case 4 -> variables.set(key, NODES.objectNode().put("type", "Date").put("value", gen.text()));
				default -> variables.set(key, typed(gen.node()));
			}
		}
		ObjectNode body = NODES.objectNode();
		body.set("variables", variables);
		return body.toString();
	}

	private static ObjectNode typed(JsonNode value) {
		ObjectNode typed = NODES.objectNode();
		String type = value.isBoolean() ? "Boolean"
				: value.isIntegralNumber() ? "Long" : value.isNumber() ? "Double" : value.isNull() ? "Null" : "String";
		typed.put("type", type);
		typed.set("value", (value.isArray() || value.isObject()) ? NODES.textNode(value.toString()) : value);
		return typed;
	}

	// ---- the API

	private ApiDoor jsonDoor(String method, String pattern, String path, String user,
			Supplier<Map<String, Object>> baseline) {
		return new ApiDoor(method, pattern, path, user, ApiDoor.Kind.JSON, baseline::get, List.of(), List.of());
	}

	private ApiDoor multipartDoor(String method, String pattern, String path, String user,
			Supplier<List<Part>> baseline) {
		return new ApiDoor(method, pattern, path, user, ApiDoor.Kind.MULTIPART, baseline::get, List.of(), List.of());
	}

	/**
	 * A GET with a value in its path or query: one template per way to call it, each with
	 * its valid value.
	 */
	private ApiDoor lookupDoor(String pattern, String user, List<String> templates, String... valid) {
		return new ApiDoor("GET", pattern, null, user, ApiDoor.Kind.LOOKUP, null, templates, Arrays.asList(valid));
	}

	/**
	 * One endpoint and method of the API, how it is called validly and how that is
	 * broken.
	 */
	private final class ApiDoor implements Door {

		private enum Kind {

			JSON, MULTIPART, LOOKUP

		}

		private final String method;

		private final String pattern;

		private final String path;

		private final String user;

		private final Kind kind;

		private final Supplier<Object> baseline;

		private final List<String> templates;

		private final List<String> valid;

		private ApiDoor(String method, String pattern, String path, String user, Kind kind, Supplier<Object> baseline,
				List<String> templates, List<String> valid) {
			this.method = method;
			this.pattern = pattern;
			this.path = path;
			this.user = user;
			this.kind = kind;
			this.baseline = baseline;
			this.templates = templates;
			this.valid = valid;
		}

		@Override
		public String name() {
			return this.method + " " + this.pattern;
		}

		@Override
		public boolean mayStore() {
			return this.kind != Kind.LOOKUP;
		}

		@Override
		@SuppressWarnings("unchecked")
		public Request next(Gen gen) {
			return switch (this.kind) {
				case JSON -> brokenJson(this, (Map<String, Object>) this.baseline.get(), gen);
				case MULTIPART -> brokenMultipart(this, (List<Part>) this.baseline.get(), gen);
				case LOOKUP -> lookupRequest(gen);
			};
		}

		private Request lookupRequest(Gen gen) {
			int which = gen.nextInt(this.templates.size());
			// a URL longer than Tomcat's 8 KB request line is refused by Tomcat itself
			// (400)
			String value = (gen.nextInt(4) == 0) ? this.valid.get(which) : abbreviate(gen.text(), 700);
			String path = this.templates.get(which)
				.replace("{}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
			return new Request("GET " + path, request(this.user, path).GET().build());
		}

		@Override
		public void check(Request request, Answer answer, String context) {
			if (Set.of(400, 409, 413, 415).contains(answer.status())) {
				assertThat(answer.contentType()).as(context).startsWith("application/problem+json");
				JsonNode violations = answer.json().path("violations");
				assertThat(violations.isArray() && violations.size() > 0).as(context).isTrue();
				for (JsonNode violation : violations) {
					assertThat(violation.path("field").asText()).as(context).isNotBlank();
					assertThat(violation.path("rule").asText()).as(context).matches("[A-Z]+-[0-9]+");
					assertThat(violation.path("message").asText()).as(context).isNotBlank();
				}
			}
		}

	}

	private record Part(String name, String fileName, byte[] content) {

		static Part field(String name, String value) {
			return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
		}

		static Part file(String name, String fileName, byte[] content) {
			return new Part(name, fileName, content);
		}

	}

	/** Application data as the portal sends it, files included. */
	private List<Part> application() {
		LocalDate today = this.calendar.today();
		List<Part> parts = new ArrayList<>();
		parts.add(Part.field("appliedOn", today.toString()));
		parts.add(Part.field("assessmentRequested", "true"));
		parts.add(Part.field("consentGiven", "true"));
		parts.add(Part.field("registryCertificateIssuedOn", today.minusDays(7).toString()));
		parts.add(Part.field("applicantName", "株式会社ファズ"));
		parts.add(Part.field("corporateNumber", AssessmentDriver.newCorporateNumber()));
		parts.add(Part.field("postalCode", "105-0004"));
		parts.add(Part.field("address", "東京都港区新橋1-1-1"));
		parts.add(Part.field("representativeName", "山田 太郎"));
		parts.add(Part.field("contactName", "佐藤 花子"));
		parts.add(Part.field("contactAddress", "東京都港区新橋1-1-1"));
		parts.add(Part.field("contactEmail", "sato@example.jp"));
		parts.add(Part.field("industry", "RETAIL"));
		parts.add(Part.field("capitalYen", "30000000"));
		parts.add(Part.field("headcount", "60"));
		parts.add(Part.field("fullTimeStaff", "45"));
		for (DocumentType type : DocumentType.mandatory()) {
			parts.add(Part.file(OnlineApplicationRequest.fieldOf(type), type.name() + ".pdf", AssessmentDriver.pdf()));
		}
		return parts;
	}

	private List<Part> changeReport(String applicationNumber) {
		List<Part> parts = new ArrayList<>();
		parts.add(Part.field("applicationNumber", applicationNumber));
		parts.add(Part.field("reportedOn", this.calendar.today().toString()));
		parts.add(Part.field("kinds", "CONTACT"));
		parts.add(Part.field("newContactName", "鈴木 一郎"));
		parts.add(Part.field("newContactPostalCode", "〒105-0004"));
		parts.add(Part.file("reportForm", "変更報告書.pdf", AssessmentDriver.pdf()));
		return parts;
	}

	// ---- generated values

	private static Arbitrary<Object> hostile() {
		Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
				Arbitraries.strings()
					.withCharRange('\u0000', '\u001f')
					.ofMinLength(1)
					.ofMaxLength(3)
					.map((s) -> "株式会社" + s),
				Arbitraries.integers().between(1, 5000).map("あ"::repeat),
				Arbitraries.integers().between(1, 600).map("a"::repeat),
				Arbitraries.of("〒105-0004", "１０５－０００４", "1050004", "105 0004", "abc-defg", "2026-02-30", "2026-13-01",
						"0000-00-00", "令和8年11月20日", "２０２６／１１／２０", "9999-12-31", "+999999999-01-01", "-1", "1e309",
						"NaN", "SPACE", "", " ", "null", "true", "0", "-2147483649", "99999999999999999999", "1.5",
						"123456789018", "東京都港区1-1 123456789018", "１２３４ ５６７８ ９０１８", "'; drop table applicant; --",
						"<script>alert(1)</script>", "${7*7}", "#{7*7}", "\uFEFF", "\uD800", "\uDC00x", "𠮷野家",
						"a\u0000b", "../../etc/passwd", "%00", "CON", "\u202Egnp.exe"));
		return Arbitraries.oneOf(texts.map(Object.class::cast), Arbitraries.longs().map(Object.class::cast),
				Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L, 0L, Integer.MAX_VALUE + 1L).map(Object.class::cast),
				Arbitraries.doubles().map(Object.class::cast), Arbitraries.of(true, false).map(Object.class::cast),
				Arbitraries.just((Object) null), Arbitraries.just((Object) List.of("a", 1)),
				Arbitraries.just((Object) Map.of("a", List.of())));
	}

	// ---- requests

	private Request brokenJson(ApiDoor door, Map<String, Object> baseline, Gen gen) {
		ObjectNode body = JSON.valueToTree(baseline);
		List<String> keys = new ArrayList<>(baseline.keySet());
		String text;
		String contentType = "application/json";
		int choice = gen.nextInt(20);
		if (choice < 13) {
			for (int i = 0, n = 2 + gen.nextInt(3); i < n; i++) {
				body.set(keys.get(gen.nextInt(keys.size())), gen.node());
			}
			text = body.toString();
		}
		else if (choice == 13) {
			body.set("fz" + gen.nextInt(100), gen.node());
			text = body.toString();
		}
		else if (choice == 14) {
			String key = keys.get(gen.nextInt(keys.size()));
			// a field given twice: the generated value first, the valid one after it
			text = "{" + JSON.valueToTree(key) + ":" + gen.node() + "," + body.toString().substring(1);
		}
		else if (choice == 15) {
			String whole = body.toString();
			text = whole.substring(0, gen.nextInt(whole.length()));
		}
		else if (choice == 16) {
			text = List.of("", "[]", "null", "42", "\"text\"", "{\"a\":", "\u0000", "{}").get(gen.nextInt(8));
		}
		else if (choice == 17) {
			ArrayNode list = NODES.arrayNode();
			list.add(body);
			text = list.toString();
		}
		else {
			text = body.toString();
			contentType = List
				.of("text/plain", "application/xml", "multipart/form-data", "application/json; charset=EBCDIC")
				.get(gen.nextInt(4));
		}
		HttpRequest request = request(door.user, door.path).header("Content-Type", contentType)
			.method(door.method, HttpRequest.BodyPublishers.ofString(text))
			.build();
		return new Request(door.method + " " + door.path + " " + contentType + " " + text, request);
	}

	private Request brokenMultipart(ApiDoor door, List<Part> baseline, Gen gen) {
		List<Part> parts = new ArrayList<>(baseline);
		String description;
		int choice = gen.nextInt(20);
		if (choice < 10) {
			List<String> changed = new ArrayList<>();
			for (int i = 0, n = 2 + gen.nextInt(3); i < n; i++) {
				int index = gen.nextInt(parts.size());
				Part part = parts.get(index);
				String value = gen.text();
				parts.set(index, (part.fileName() == null) ? Part.field(part.name(), value)
						: Part.file(part.name(), value, part.content()));
				changed.add(part.name() + "=" + abbreviate(value, 300));
			}
			description = "changed " + changed;
		}
		else if (choice == 10) {
			Part part = parts.get(gen.nextInt(parts.size()));
			parts.add((part.fileName() == null) ? Part.field(part.name(), gen.text()) : part);
			description = "twice " + part.name();
		}
		else if (choice == 11) {
			String name = "fz" + gen.nextInt(100);
			parts.add(Part.field(name, gen.text()));
			description = "unknown " + name;
		}
		else if (choice == 12) {
			int index = gen.nextInt(parts.size());
			Part part = parts.get(index);
			byte[] content = new byte[gen.nextInt(3000)];
			gen.random.nextBytes(content);
			parts.set(index, Part.file(part.name(), (part.fileName() != null) ? part.fileName() : "x.pdf", content));
			description = "random bytes in " + part.name();
		}
		else if (choice == 13) {
			parts.remove(gen.nextInt(parts.size()));
			description = "a part left out";
		}
		else {
			description = "broken body";
		}
		String boundary = "fz" + Long.toHexString(gen.random.nextLong());
		byte[] body = multipart(boundary, parts);
		String contentType = "multipart/form-data; boundary=" + boundary;
		if (choice == 14) {
			contentType = "multipart/form-data";
		}
		else if (choice == 15) {
			body = Arrays.copyOf(body, gen.nextInt(body.length));
		}
		else if (choice == 16) {
			contentType = "multipart/form-data; boundary=other";
		}
		else if (choice == 17) {
			contentType = "application/json";
		}
		else if (choice == 18) {
			String broken = new String(body, StandardCharsets.ISO_8859_1).replace("Content-Disposition",
					"Content-Dispositio");
			body = broken.getBytes(StandardCharsets.ISO_8859_1);
		}
		else if (choice == 19) {
			contentType = "application/x-www-form-urlencoded";
			body = ("applicantName=" + URLEncoder.encode(gen.text(), StandardCharsets.UTF_8) + "&applicantName=B")
				.getBytes(StandardCharsets.UTF_8);
		}
		HttpRequest request = request(door.user, door.path).header("Content-Type", contentType)
			.method(door.method, HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return new Request(door.method + " " + door.path + " " + contentType + " " + description, request);
	}

	private static byte[] multipart(String boundary, List<Part> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Part part : parts) {
			StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
			head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
			if (part.fileName() != null) {
				head.append("; filename=\"")
					.append(part.fileName().replace("\"", "%22").replace("\r", "").replace("\n", ""))
					.append('"');
				head.append("\r\nContent-Type: application/octet-stream");
			}
			head.append("\r\n\r\n");
			out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			out.writeBytes(part.content());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private HttpRequest.Builder request(String user, String path) {
		String credentials = user + ":" + TestUsers.PASSWORD;
		return HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.environment.getProperty("local.server.port") + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
	}

	private static String abbreviate(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	private static Map<String, Object> map(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
