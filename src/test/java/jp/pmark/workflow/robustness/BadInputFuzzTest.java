package jp.pmark.workflow.robustness;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.common.TaskForms;
import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.OnlineApplicationRequest;
import jp.pmark.workflow.support.AssessmentDriver;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEN-2 under fire: generated bad input (jqwik's generators, a seed printed with every
 * failure and settable with {@code -Dfuzz.seed}) sent to every {@code /api/**} endpoint
 * and to every form's {@code submit-form}, the way a careless or hostile client would:
 * texts too long, control characters, broken surrogates, individual numbers, impossible
 * dates, unknown choices, wrong JSON types, fields given twice or never offered, broken
 * JSON and multipart bodies, wrong media types. Each answer must be below 500; each
 * refusal must be problem+json naming a field and a rule (API) and must leave every table
 * as it was. {@code -Dfuzz.api} and {@code -Dfuzz.forms} set how many requests (1,200
 * each by default).
 */
@PmarkSpringTest
class BadInputFuzzTest {

	private static final int API_REQUESTS = Integer.getInteger("fuzz.api", 1200);

	private static final int FORM_REQUESTS = Integer.getInteger("fuzz.forms", 1200);

	private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Engine tables whose rows a refused request must not change (with all of ours). */
	private static final Set<String> ENGINE_TABLES = Set.of("act_ru_execution", "act_ru_task", "act_ru_variable",
			"act_ru_job", "act_ru_event_subscr", "act_hi_procinst", "act_hi_varinst", "act_hi_detail", "act_hi_actinst",
			"act_ge_bytearray");

	@Autowired
	Tasklist tasklist;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	TaskForms taskForms;

	@Autowired
	TaskService taskService;

	@Autowired
	InvoiceService invoices;

	@Autowired
	Applications applications;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Random random = new Random(SEED);

	private java.util.Iterator<Object> hostileValues;

	private final Map<String, Integer> answered = new TreeMap<>();

	private String fingerprintQuery;

	@Test
	@DisplayName("GEN-2 INT-2 CHG-5 FEE-5 generated bad requests to every /api endpoint (JSON, multipart, paths, queries): never a 5xx, every refusal problem+json naming field and rule, nothing stored on a refusal")
	void everyApiEndpoint() {
		this.fixtures.ensure();
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		Invoice invoice = this.invoices.invoicesOf(this.applications.get(number)).get(0);
		LocalDate today = LocalDate.now();
		List<Endpoint> endpoints = List.of(
				Endpoint.multipart("POST", "/api/applications", Fixtures.RECEPTION, this::application),
				Endpoint.json("POST", "/api/payments", Fixtures.ACCOUNTING,
						() -> map("invoiceNumber", invoice.getInvoiceNumber(), "paidOn", today.toString(), "amountYen",
								invoice.getTotalYen(), "reference", "FZ" + this.random.nextInt(1_000_000))),
				Endpoint.json("POST", "/api/applications/" + number + "/improvement-reports", Fixtures.RECEPTION,
						() -> map("summary", "是正しました", "evidence", "記録")),
				Endpoint.json("POST", "/api/applications/" + number + "/registration", Fixtures.RECEPTION,
						() -> map("registrationNumber", AssessmentDriver.newRegistrationNumber(), "validFrom",
								today.toString())),
				Endpoint.json("POST", "/api/incidents", Fixtures.RECEPTION,
						() -> map("reporterStatus", "UNDER_ASSESSMENT", "applicationNumber", number, "discoveredOn",
								today.toString(), "category", "LOSS", "personsAffected", 5, "summary", "履歴書を紛失した",
								"reportKind", "FINAL")),
				Endpoint.json("POST", "/api/incidents/IN" + today.getYear() + "-0001/reports", Fixtures.RECEPTION,
						() -> map("kind", "FINAL", "receivedOn", today.toString(), "summary", "確報です")),
				Endpoint.json("PUT", "/api/registrations/10823456(05)/validity", Fixtures.MANAGER,
						() -> map("validFrom", today.toString(), "reason", "訂正")),
				Endpoint.multipart("POST", "/api/change-reports", Fixtures.RECEPTION, () -> changeReport(number)),
				Endpoint.get("/api/applications/{}", Fixtures.RECEPTION, number),
				Endpoint.get("/api/incidents/{}", Fixtures.RECEPTION, "IN2026-0001"),
				Endpoint.get("/api/change-reports/{}", Fixtures.RECEPTION, "CR2026-0001"),
				Endpoint.get("/api/change-history?registrationNumber={}", Fixtures.RECEPTION, "10823456(05)"),
				Endpoint.get("/api/renewal-window?validUntil={}", Fixtures.RECEPTION, today.toString()),
				Endpoint.get("/api/registrations/{}/renewal-window", Fixtures.RECEPTION, "10823456(05)"),
				Endpoint.get("/api/registrations/{}", Fixtures.RECEPTION, "10823456(05)"));
		for (int i = 0; i < API_REQUESTS; i++) {
			Endpoint endpoint = endpoints.get(i % endpoints.size());
			Map<String, Long> before = fingerprint();
			Sent sent = endpoint.send(this);
			count(endpoint.method() + " " + endpoint.template(), sent.status());
			String context = "seed " + SEED + ", request " + i + ": " + abbreviate(sent.description()) + " → "
					+ sent.status() + " " + abbreviate(sent.body());
			assertThat(sent.status()).as(context).isLessThan(500);
			if (sent.status() >= 400) {
				assertThat(fingerprint()).as("nothing stored on a refusal; " + context).isEqualTo(before);
			}
			if (Set.of(400, 409, 413, 415).contains(sent.status())) {
				assertThat(sent.contentType()).as(context).startsWith("application/problem+json");
				JsonNode violations = read(sent.body()).path("violations");
				assertThat(violations.isArray() && violations.size() > 0).as(context).isTrue();
				for (JsonNode violation : violations) {
					assertThat(violation.path("field").asText()).as(context).isNotBlank();
					assertThat(violation.path("rule").asText()).as(context).matches("[A-Z]+-[0-9]+");
					assertThat(violation.path("message").asText()).as(context).isNotBlank();
				}
			}
		}
		System.out.println("BadInputFuzzTest API answers (seed " + SEED + "): " + this.answered);
		// the generator is not so tame that everything is refused for one reason
		assertThat(this.answered.keySet()).anyMatch((key) -> key.endsWith(" 400"));
		assertThat(this.answered.keySet()).anyMatch((key) -> key.startsWith("POST /api/applications 20"));
	}

	@Test
	@DisplayName("GEN-2 CHG-5 every form of an assessment and every start form submitted with generated values through submit-form as Tasklist sends it: never a 5xx, nothing stored on a refusal")
	void everyForm() {
		this.fixtures.ensure();
		String number = this.driver.applyOnline();
		List<String> walk = List.of(AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM, AssessmentProcess.REVIEW_DOCUMENTS,
				AssessmentProcess.SCHEDULE_ONSITE_AUDIT, AssessmentProcess.RECORD_ONSITE_AUDIT,
				AssessmentProcess.INVOICE_ONSITE_AUDIT, AssessmentProcess.WRITE_FINDINGS_DOCUMENT,
				AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT,
				AssessmentProcess.WRITE_COMPLETION_REPORT, AssessmentProcess.DECIDE_ELIGIBILITY,
				AssessmentProcess.RECORD_REGISTRATION);
		List<StartForm<?>> startForms = this.taskForms.startForms();
		int perForm = Math.max(10, FORM_REQUESTS / (walk.size() + startForms.size()));
		Set<String> fuzzed = new LinkedHashSet<>();
		for (String key : walk) {
			if (AssessmentProcess.RECORD_REGISTRATION.equals(key)) {
				this.driver.executeJipdecJob(number);
			}
			Task task = this.taskService.createTaskQuery()
				.processInstanceBusinessKey(number)
				.taskDefinitionKey(key)
				.singleResult();
			assertThat(task).as("the walk reaches " + key).isNotNull();
			Map<String, Object> valid = new LinkedHashMap<>(FormValues.of(this.driver.defaults(number, key)).asMap());
			if (AssessmentProcess.RECORD_ONSITE_AUDIT.equals(key)) {
				valid.put("nonconformitiesFound", true);
			}
			fuzzTask(task, valid, perForm);
			fuzzed.add(key);
			if (this.taskService.createTaskQuery().taskId(task.getId()).count() > 0) {
				this.driver.complete(number, key, AssessmentProcess.RECORD_ONSITE_AUDIT.equals(key)
						? Map.of("nonconformitiesFound", true) : Map.of());
			}
		}
		for (StartForm<?> form : startForms) {
			Map<String, Object> empty = new LinkedHashMap<>(FormValues.of(form.contract().empty()).asMap());
			String path = "/engine-rest/process-definition/key/" + form.process().key() + "/submit-form";
			for (int i = 0; i < perForm; i++) {
				submitChecked("start " + form.process().key(), path, Fixtures.RECEPTION, empty);
			}
			fuzzed.add("start " + form.process().key());
		}
		// forms of the other processes: every task of them open in the test database
		for (TaskForm<?> form : this.taskForms.taskForms()) {
			if (fuzzed.contains(form.taskKey())) {
				continue;
			}
			List<Task> open = this.taskService.createTaskQuery()
				.processDefinitionKey(form.process().key())
				.taskDefinitionKey(form.taskKey())
				.active()
				.listPage(0, 1);
			if (!open.isEmpty()) {
				String user = this.tasklist.userFor(open.get(0));
				fuzzTask(open.get(0), new LinkedHashMap<>(this.tasklist.prefilled(open.get(0), user).asMap()), perForm);
				fuzzed.add(form.taskKey());
			}
		}
		System.out.println("BadInputFuzzTest forms fuzzed (seed " + SEED + ", " + perForm + " each): " + fuzzed);
		System.out.println("BadInputFuzzTest form answers: " + this.answered);
		assertThat(fuzzed).containsAll(walk);
	}

	private void fuzzTask(Task task, Map<String, Object> valid, int times) {
		String user = this.tasklist.userFor(task);
		if (task.getAssignee() == null) {
			assertThat(this.tasklist.claim(task.getId(), user).status()).isEqualTo(204);
		}
		String path = "/engine-rest/task/" + task.getId() + "/submit-form";
		for (int i = 0; i < times; i++) {
			if (this.taskService.createTaskQuery().taskId(task.getId()).count() == 0) {
				return; // a generated submission was valid and completed the task
			}
			submitChecked(task.getTaskDefinitionKey(), path, user, valid);
		}
	}

	private void submitChecked(String form, String path, String user, Map<String, Object> valid) {
		Map<String, Long> before = fingerprint();
		String body = formSubmission(valid);
		Tasklist.Response response = this.tasklist.call(user, "POST", path, body);
		count(form, response.status());
		String context = "seed " + SEED + ", " + form + ": " + abbreviate(body) + " → " + response.status() + " "
				+ abbreviate(response.body());
		assertThat(response.status()).as(context).isLessThan(500);
		if (response.status() >= 400) {
			assertThat(fingerprint()).as("nothing stored on a refusal; " + context).isEqualTo(before);
		}
	}

	/** A submit-form body: the valid values with a few of them broken, as JSON. */
	private String formSubmission(Map<String, Object> valid) {
		ObjectNode variables = NODES.objectNode();
		valid.forEach((key, value) -> variables.set(key, typed(JSON.valueToTree(value))));
		List<String> keys = new ArrayList<>(valid.keySet());
		// a routing answer left out can be a valid answer of another branch (no
		// findings):
		// the walk would leave the path it fuzzes
		keys.remove("nonconformitiesFound");
		int broken = 1 + this.random.nextInt(3);
		for (int i = 0; i < broken && !keys.isEmpty(); i++) {
			String key = keys.get(this.random.nextInt(keys.size()));
			switch (this.random.nextInt(10)) {
				case 0 -> variables.remove(key);
				case 1 -> variables.set("fz" + this.random.nextInt(100), typed(hostileNode()));
				case 2 -> variables.set(key,
						NODES.objectNode()
							.put("type", "Object")
							.put("value",
									Base64.getEncoder().encodeToString(hostileText().getBytes(StandardCharsets.UTF_8)))
							.set("valueInfo",
									NODES.objectNode()
										.put("objectTypeName", "java.util.ArrayList")
										.put("serializationDataFormat", "application/x-java-serialized-object")));
				case 3 -> variables.set(key, NODES.objectNode().put("type", "Json").put("value", hostileText()));
				case 4 -> variables.set(key, NODES.objectNode().put("type", "Date").put("value", hostileText()));
				default -> variables.set(key, typed(hostileNode()));
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

	/** Application data as the portal sends it, files included. */
	private List<Part> application() {
		LocalDate today = LocalDate.now();
		List<Part> parts = new ArrayList<>();
		parts.add(Part.field("appliedOn", today.toString()));
		parts.add(Part.field("assessmentRequested", "true"));
		parts.add(Part.field("consentGiven", "true"));
		parts.add(Part.field("registryCertificateIssuedOn", today.minusDays(7).toString()));
		parts.add(Part.field("applicantName", "株式会社ファズ" + this.random.nextInt(100_000)));
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
		parts.add(Part.field("reportedOn", LocalDate.now().toString()));
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

	private Object hostileValue() {
		if (this.hostileValues == null) {
			// jqwik's generators outside a jqwik property: its sample stream, seeded
			net.jqwik.engine.SourceOfRandomness.create(Long.toString(SEED));
			this.hostileValues = hostile().sampleStream().iterator();
		}
		return this.hostileValues.next();
	}

	private String hostileText() {
		Object value = hostileValue();
		return (value == null) ? "" : String.valueOf(value);
	}

	private JsonNode hostileNode() {
		return JSON.valueToTree(hostileValue());
	}

	// ---- requests

	/** One door of the API and how to break what it is sent. */
	private record Endpoint(String method, String template, String user, String kind, Supplier<Object> baseline) {

		static Endpoint json(String method, String path, String user, Supplier<Map<String, Object>> baseline) {
			return new Endpoint(method, path, user, "json", baseline::get);
		}

		static Endpoint multipart(String method, String path, String user, Supplier<List<Part>> baseline) {
			return new Endpoint(method, path, user, "multipart", baseline::get);
		}

		static Endpoint get(String template, String user, String valid) {
			return new Endpoint("GET", template, user, "get", () -> valid);
		}

		@SuppressWarnings("unchecked")
		Sent send(BadInputFuzzTest fuzz) {
			return switch (this.kind) {
				case "json" -> fuzz.sendJson(this, (Map<String, Object>) this.baseline.get());
				case "multipart" -> fuzz.sendMultipart(this, (List<Part>) this.baseline.get());
				default -> fuzz.sendGet(this, (String) this.baseline.get());
			};
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

	private record Sent(String description, int status, String contentType, String body) {
	}

	private Sent sendJson(Endpoint endpoint, Map<String, Object> baseline) {
		ObjectNode body = JSON.valueToTree(baseline);
		List<String> keys = new ArrayList<>(baseline.keySet());
		String text;
		String contentType = "application/json";
		int choice = this.random.nextInt(20);
		if (choice < 13) {
			for (int i = 0, n = 1 + this.random.nextInt(3); i < n; i++) {
				body.set(keys.get(this.random.nextInt(keys.size())), hostileNode());
			}
			text = body.toString();
		}
		else if (choice == 13) {
			body.set("fz" + this.random.nextInt(100), hostileNode());
			text = body.toString();
		}
		else if (choice == 14) {
			String key = keys.get(this.random.nextInt(keys.size()));
			text = body.toString().replaceFirst("\\{", "{" + JSON.valueToTree(key) + ":" + hostileNode() + ",");
		}
		else if (choice == 15) {
			String whole = body.toString();
			text = whole.substring(0, this.random.nextInt(whole.length()));
		}
		else if (choice == 16) {
			text = List.of("", "[]", "null", "42", "\"text\"", "{\"a\":", "\u0000", "{}").get(this.random.nextInt(8));
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
				.get(this.random.nextInt(4));
		}
		HttpRequest.Builder request = request(endpoint.user(), endpoint.template()).header("Content-Type", contentType)
			.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(text));
		return exchange(endpoint.method() + " " + endpoint.template() + " " + contentType + " " + text, request);
	}

	private Sent sendMultipart(Endpoint endpoint, List<Part> baseline) {
		List<Part> parts = new ArrayList<>(baseline);
		String description;
		int choice = this.random.nextInt(20);
		if (choice < 10) {
			List<String> changed = new ArrayList<>();
			for (int i = 0, n = 1 + this.random.nextInt(3); i < n; i++) {
				int index = this.random.nextInt(parts.size());
				Part part = parts.get(index);
				String value = hostileText();
				parts.set(index, (part.fileName() == null) ? Part.field(part.name(), value)
						: Part.file(part.name(), value, part.content()));
				changed.add(part.name() + "=" + abbreviate(value));
			}
			description = "changed " + changed;
		}
		else if (choice == 10) {
			Part part = parts.get(this.random.nextInt(parts.size()));
			parts.add((part.fileName() == null) ? Part.field(part.name(), hostileText()) : part);
			description = "twice " + part.name();
		}
		else if (choice == 11) {
			String name = "fz" + this.random.nextInt(100);
			parts.add(Part.field(name, hostileText()));
			description = "unknown " + name;
		}
		else if (choice == 12) {
			int index = this.random.nextInt(parts.size());
			Part part = parts.get(index);
			byte[] content = new byte[this.random.nextInt(3000)];
			this.random.nextBytes(content);
			parts.set(index, Part.file(part.name(), (part.fileName() != null) ? part.fileName() : "x.pdf", content));
			description = "random bytes in " + part.name();
		}
		else if (choice == 13) {
			parts.remove(this.random.nextInt(parts.size()));
			description = "a part left out";
		}
		else {
			description = "broken body";
		}
		String boundary = "fz" + Long.toHexString(this.random.nextLong());
		byte[] body = multipart(boundary, parts);
		String contentType = "multipart/form-data; boundary=" + boundary;
		if (choice == 14) {
			contentType = "multipart/form-data";
		}
		else if (choice == 15) {
			body = java.util.Arrays.copyOf(body, this.random.nextInt(body.length));
		}
		else if (choice == 16) {
			contentType = "multipart/form-data; boundary=other";
		}
		else if (choice == 17) {
			contentType = "application/json";
		}
		else if (choice == 18) {
			body = multipart(boundary, parts).clone();
			String broken = new String(body, StandardCharsets.ISO_8859_1).replace("Content-Disposition",
					"Content-Dispositio");
			body = broken.getBytes(StandardCharsets.ISO_8859_1);
		}
		else if (choice == 19) {
			contentType = "application/x-www-form-urlencoded";
			body = ("applicantName=" + URLEncoder.encode(hostileText(), StandardCharsets.UTF_8) + "&applicantName=B")
				.getBytes(StandardCharsets.UTF_8);
		}
		HttpRequest.Builder request = request(endpoint.user(), endpoint.template()).header("Content-Type", contentType)
			.method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
		return exchange(endpoint.method() + " " + endpoint.template() + " " + contentType + " " + description, request);
	}

	private Sent sendGet(Endpoint endpoint, String valid) {
		// a URL longer than Tomcat's 8 KB request line is refused by Tomcat itself (400)
		String value = (this.random.nextInt(4) == 0) ? valid : abbreviate(hostileText(), 700);
		String path = endpoint.template()
			.replace("{}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
		return exchange("GET " + path, request(endpoint.user(), path).GET());
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

	private Sent exchange(String description, HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Sent(description, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(description, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	// ---- what is stored

	/** Rows per table: every table of the product and the engine's case tables. */
	private Map<String, Long> fingerprint() {
		if (this.fingerprintQuery == null) {
			List<String> selects = new ArrayList<>();
			try (Connection connection = this.dataSource.getConnection()) {
				DatabaseMetaData meta = connection.getMetaData();
				try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
						new String[] { "TABLE" })) {
					while (tables.next()) {
						String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
						if ((!table.startsWith("act_") && !table.startsWith("flyway"))
								|| ENGINE_TABLES.contains(table)) {
							selects.add("select '" + table + "', count(*) from " + table);
						}
					}
				}
			}
			catch (java.sql.SQLException ex) {
				throw new AssertionError(ex);
			}
			this.fingerprintQuery = String.join(" union all ", selects);
		}
		Map<String, Long> rows = new TreeMap<>();
		this.jdbc.query(this.fingerprintQuery, (ResultSet result) -> {
			rows.put(result.getString(1), result.getLong(2));
		});
		return rows;
	}

	private void count(String door, int status) {
		this.answered.merge(door + " " + status, 1, Integer::sum);
	}

	private static JsonNode read(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (java.io.IOException ex) {
			throw new AssertionError("not JSON: " + body, ex);
		}
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "null";
		}
		return (text.length() > 300) ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
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
