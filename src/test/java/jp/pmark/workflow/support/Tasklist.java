package jp.pmark.workflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormField;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.common.TaskForms;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Works tasks over HTTP the way Tasklist does: claims a task as a person it is offered
 * to, reads the form's variables (its prefills), and submits the form with
 * {@code submit-form}, values typed as form-js sends them (texts, booleans, numbers,
 * dates as {@code yyyy-MM-dd}, checklists as JSON arrays). Start forms likewise with the
 * process definition's {@code submit-form}. By default on {@code /engine-rest} with HTTP
 * Basic; {@link #session} logs in to the webapps and uses their own mount,
 * {@code /camunda/api/engine}, with the session and its XSRF token.
 */
@Component
public class Tasklist {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Who works a task of each candidate group in the tests. */
	private static final Map<String, String> STAFF = Map.of("reception", Fixtures.RECEPTION, "accounting",
			Fixtures.ACCOUNTING, "assessment-managers", Fixtures.MANAGER, "committee", Fixtures.COMMITTEE_A,
			"lead-auditors", Fixtures.LEAD_A, "auditors", Fixtures.LEAD_A, "clip-advisors", Fixtures.CLIP_ADVISOR);

	private final Environment environment;

	private final TaskService taskService;

	private final TaskForms taskForms;

	private final RepositoryService repositoryService;

	private final Fixtures fixtures;

	private final HttpClient http = HttpClient.newHttpClient();

	Tasklist(Environment environment, TaskService taskService, TaskForms taskForms, RepositoryService repositoryService,
			Fixtures fixtures) {
		this.environment = environment;
		this.taskService = taskService;
		this.taskForms = taskForms;
		this.repositoryService = repositoryService;
		this.fixtures = fixtures;
	}

	/** An HTTP answer. */
	public record Response(int status, String body, boolean gate) {

		public Response(int status, String body) {
			this(status, body, false);
		}

		/** True when the API gate refused the call. */
		public boolean gateRefused() {
			return this.gate;
		}

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new AssertionError("not JSON: " + this.body, ex);
			}
		}

		/** The engine's error message (Tasklist shows it). */
		public String message() {
			return json().path("message").asText();
		}

	}

	/** The request with the method and, when given, a JSON body. */
	static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, String json) {
		if (json == null) {
			return request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
	}

	public String baseUrl() {
		return "http://localhost:" + this.environment.getProperty("local.server.port");
	}

	/** The test user who works the task: its assignee, or one of its candidate group. */
	public String userFor(Task task) {
		this.fixtures.ensure();
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		for (IdentityLink link : this.taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && STAFF.containsKey(link.getGroupId())) {
				return STAFF.get(link.getGroupId());
			}
		}
		throw new AssertionError("no test user for task " + task.getTaskDefinitionKey());
	}

	/**
	 * Claims the task as the person it is offered to and submits its form, starting from
	 * what the form shows (its prefills) with these answers; fails unless the engine
	 * accepts it.
	 */
	public void submitForm(Task task, Map<String, ?> answers) {
		String user = userFor(task);
		FormValues values = prefilled(task, user).with(answers);
		Response response = claimAndSubmit(task, user, values);
		if (response.status() != 204) {
			throw new AssertionError("submit-form of " + task.getTaskDefinitionKey() + " as " + user + " answered "
					+ response.status() + ": " + response.body());
		}
	}

	/**
	 * Submits the task's form as {@link #submitForm} does, expecting a refusal: returns
	 * Tasklist's message of the 400 answer.
	 */
	public String refused(Task task, Map<String, ?> answers) {
		String user = userFor(task);
		Response response = claimAndSubmit(task, user, prefilled(task, user).with(answers));
		if (response.status() != 400) {
			throw new AssertionError("expected a refusal of " + task.getTaskDefinitionKey() + " but got "
					+ response.status() + ": " + response.body());
		}
		return response.message();
	}

	/**
	 * Submits a process's start form with these answers (the rest empty, as a fresh form)
	 * as reception, who may start every process with a start form; returns the new
	 * process instance's id.
	 */
	public String startForm(String processKey, Map<String, ?> answers) {
		return start(processKey, Fixtures.RECEPTION, FormValues.of(startContract(processKey).empty()).with(answers));
	}

	/** Submits a start form expecting a refusal: returns the 400 answer's message. */
	public String refusedStart(String processKey, Map<String, ?> answers) {
		this.fixtures.ensure();
		Response response = post(Fixtures.RECEPTION,
				"/engine-rest/process-definition/key/" + processKey + "/submit-form",
				FormValues.of(startContract(processKey).empty()).with(answers).toSubmitFormJson());
		if (response.status() != 400) {
			throw new AssertionError("expected a refusal of the start form of " + processKey + " but got "
					+ response.status() + ": " + response.body());
		}
		return response.message();
	}

	public FormContract<?> startContract(String processKey) {
		return this.taskForms.findStart(processKey)
			.orElseThrow(() -> new AssertionError("no start form for " + processKey))
			.contract();
	}

	/** Claims the task as the user (if unassigned) and submits these values. */
	public Response claimAndSubmit(Task task, String user, FormValues values) {
		Task current = this.taskService.createTaskQuery().taskId(task.getId()).singleResult();
		if (current != null && current.getAssignee() == null) {
			Response claimed = claim(task.getId(), user);
			if (claimed.status() != 204) {
				return claimed;
			}
		}
		assertOptionsOffered(task, user);
		return submit(task.getId(), user, values.toSubmitFormJson());
	}

	/**
	 * Every option list the task's form takes from its variables ({@code valuesKey}) is
	 * there and not empty, as Tasklist renders it: else a person could not answer.
	 */
	public void assertOptionsOffered(Task task, String user) {
		Response form = get(user, "/engine-rest/task/" + task.getId() + "/form");
		if (form.status() == 403) {
			// not the user's to see: the submission is refused anyway
			return;
		}
		if (form.status() != 200) {
			throw new AssertionError("the form of " + task.getTaskDefinitionKey() + " does not open for " + user + ": "
					+ form.status() + " " + form.body());
		}
		String formId = form.json().path("camundaFormRef").path("key").asText();
		JsonNode variables = get(user, "/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false")
			.json();
		for (JsonNode component : FormFiles.components(FormFiles.byId(formId))) {
			if (!component.path("valuesKey").isTextual()) {
				continue;
			}
			String list = component.path("valuesKey").asText();
			JsonNode variable = variables.path(list);
			JsonNode options = "Json".equals(variable.path("type").asText()) ? readTree(variable.path("value").asText())
					: null;
			if (options == null || !options.isArray() || options.isEmpty()) {
				throw new AssertionError(
						"form " + formId + " of " + task.getTaskDefinitionKey() + " offers no option for '"
								+ component.path("key").asText() + "': its list '" + list + "' is " + variable);
			}
		}
	}

	/** The form's values as Tasklist starts them: the task's prefills, else empty. */
	public FormValues prefilled(Task task, String user) {
		FormContract<?> contract = contract(task);
		FormValues values = FormValues.of(contract.empty());
		JsonNode variables = get(user, "/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false")
			.json();
		for (FormField field : contract.fields()) {
			JsonNode variable = variables.path(field.key());
			if (variable.isMissingNode() || variable.path("value").isNull()) {
				continue;
			}
			JsonNode value = variable.path("value");
			if ("Json".equals(variable.path("type").asText())) {
				List<String> items = new ArrayList<>();
				readTree(value.asText()).forEach((item) -> items.add(item.asText()));
				values = values.with(field.key(), items);
			}
			else if (value.isBoolean()) {
				values = values.with(field.key(), value.asBoolean());
			}
			else if (value.isIntegralNumber()) {
				values = values.with(field.key(), value.asLong());
			}
			else {
				values = values.with(field.key(), value.asText());
			}
		}
		return values;
	}

	public FormContract<?> contract(Task task) {
		String processKey = this.repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
		TaskForm<?> form = this.taskForms.find(processKey, task.getTaskDefinitionKey())
			.orElseThrow(() -> new AssertionError("no form for " + task.getTaskDefinitionKey()));
		return form.contract();
	}

	public Response claim(String taskId, String user) {
		return post(user, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
	}

	public Response unclaim(String taskId, String user) {
		return post(user, "/engine-rest/task/" + taskId + "/unclaim", null);
	}

	public Response submit(String taskId, String user, String body) {
		return post(user, "/engine-rest/task/" + taskId + "/submit-form", body);
	}

	/**
	 * Submits a process's start form as the user; fails unless the engine accepts it, and
	 * returns the new process instance's id.
	 */
	public String start(String processKey, String user, FormValues values) {
		this.fixtures.ensure();
		Response response = post(user, "/engine-rest/process-definition/key/" + processKey + "/submit-form",
				values.toSubmitFormJson());
		if (response.status() != 200) {
			throw new AssertionError("start form of " + processKey + " as " + user + " answered " + response.status()
					+ ": " + response.body());
		}
		return response.json().path("id").asText();
	}

	public Response get(String user, String path) {
		return send(user, HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
	}

	/** A GET without credentials or session (redirects not followed). */
	public Response anonymousGet(String path) {
		return exchange(this.http,
				HttpRequest.newBuilder(URI.create(baseUrl() + path))
					.header("Accept", "application/json")
					.GET()
					.build());
	}

	/** Any call of the API as the user (Basic). */
	public Response call(String user, String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		withBody(request, method, json);
		return send(user, request);
	}

	/** The headers of the answer to a GET as the user. */
	public Map<String, List<String>> headers(String user, String path) {
		String credentials = user + ":" + password(user);
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).headers().map();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * A call of the webapps' API by someone who never logged in, with the XSRF token a
	 * webapp page hands out.
	 */
	public Response anonymousWebapp(String method, String path, String json) {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		exchange(client, HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda/app/admin/")).GET().build());
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
			if ("XSRF-TOKEN".equals(cookie.getName())) {
				request.header("X-XSRF-TOKEN", cookie.getValue());
			}
		}
		return exchange(client, request.build());
	}

	/** A call as an administrator intervening in a case, with the reason it needs. */
	public Response intervene(String user, String method, String path, String json, String reason) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("X-Pmark-Reason", java.net.URLEncoder.encode(reason, StandardCharsets.UTF_8));
		withBody(request, method, json);
		return send(user, request);
	}

	public Response post(String user, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		withBody(request, "POST", json);
		return send(user, request);
	}

	private Response send(String user, HttpRequest.Builder request) {
		this.fixtures.ensure();
		String credentials = user + ":" + password(user);
		request.header("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		request.header("Accept", "application/json");
		return exchange(this.http, request.build());
	}

	private String password(String user) {
		return TestUsers.PASSWORD;
	}

	private static Response exchange(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("X-Pmark-Api-Gate").isPresent());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static JsonNode readTree(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** Logs the user in to the webapps, as Tasklist's login page does. */
	public Session session(String user) {
		return new Session(user, "tasklist");
	}

	/** Logs the user in to the webapp (tasklist, cockpit or admin). */
	public Session session(String user, String app) {
		return new Session(user, app);
	}

	/**
	 * A logged-in webapp session: the engine's API on the webapps' own mount, with the
	 * session cookie and the XSRF token Tasklist's pages send.
	 */
	public final class Session {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		private Session(String user, String app) {
			Tasklist.this.fixtures.ensure();
			// a first page hands out the XSRF cookie
			exchange(this.client,
					HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda/app/tasklist/")).GET().build());
			String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password(user), StandardCharsets.UTF_8);
			Response login = exchange(this.client,
					withXsrf(HttpRequest
						.newBuilder(URI.create(baseUrl() + "/camunda/api/admin/auth/user/default/login/" + app)))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.build());
			if (login.status() != 200) {
				throw new AssertionError("login of " + user + " answered " + login.status() + ": " + login.body());
			}
			// the login starts a new session, whose first answer hands out its own XSRF
			// token
			get("/task/count");
		}

		/**
		 * A call of the engine's API as Tasklist makes it:
		 * {@code /camunda/api/engine/engine/default…}.
		 */
		public Response post(String enginePath, String json) {
			HttpRequest.Builder request = withXsrf(
					HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda/api/engine/engine/default" + enginePath)));
			withBody(request, "POST", json);
			return exchange(this.client, request.header("Accept", "application/json").build());
		}

		/** Any call of the engine's API on the webapps' mount. */
		public Response call(String method, String enginePath, String json) {
			HttpRequest.Builder request = withXsrf(
					HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda/api/engine/engine/default" + enginePath)));
			withBody(request, method, json);
			return exchange(this.client, request.header("Accept", "application/json").build());
		}

		/** Any call of the webapps' own APIs (Cockpit, Tasklist and Admin plugins). */
		public Response raw(String method, String path, String json) {
			HttpRequest.Builder request = withXsrf(HttpRequest.newBuilder(URI.create(baseUrl() + path)));
			withBody(request, method, json);
			return exchange(this.client, request.header("Accept", "application/json").build());
		}

		/** An administrator's intervention on the webapps' mount, with its reason. */
		public Response intervene(String method, String enginePath, String json, String reason) {
			HttpRequest.Builder request = withXsrf(
					HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda/api/engine/engine/default" + enginePath)))
				.header("X-Pmark-Reason", java.net.URLEncoder.encode(reason, StandardCharsets.UTF_8));
			withBody(request, method, json);
			return exchange(this.client, request.header("Accept", "application/json").build());
		}

		/** A page of the server, as the browser asks for it (HTML), in this session. */
		public Response page(String path) {
			return exchange(this.client,
					HttpRequest.newBuilder(URI.create(baseUrl() + path))
						.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
						.GET()
						.build());
		}

		public Response get(String enginePath) {
			return exchange(this.client,
					withXsrf(HttpRequest
						.newBuilder(URI.create(baseUrl() + "/camunda/api/engine/engine/default" + enginePath)))
						.header("Accept", "application/json")
						.GET()
						.build());
		}

		private HttpRequest.Builder withXsrf(HttpRequest.Builder request) {
			for (HttpCookie cookie : this.cookies.getCookieStore().getCookies()) {
				if ("XSRF-TOKEN".equals(cookie.getName())) {
					request.header("X-XSRF-TOKEN", cookie.getValue());
				}
			}
			return request;
		}

	}

}
