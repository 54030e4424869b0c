package jp.pmark.workflow.robustness;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.support.ForkedApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests of forked nodes ask of a node, as its administrator over HTTP. */
final class TwoNodesSupport {

	private static final ObjectMapper JSON = new ObjectMapper();

	private TwoNodesSupport() {
	}

	/** A member of the portal's group, who may only call the product's API. */
	static void createPortalUser(HttpClient http, ForkedApplication node, String user, String password)
			throws Exception {
		createUser(http, node, user, password, List.of(StaffGroup.PORTAL_GROUP_ID));
	}

	/**
	 * A user in these groups, created by the administrator as Admin would (the engine's
	 * user and membership resources).
	 */
	static void createUser(HttpClient http, ForkedApplication node, String user, String password, List<String> groups)
			throws Exception {
		String body = JSON.writeValueAsString(Map.of("profile",
				Map.of("id", user, "firstName", "連携", "lastName", "ポータル", "email", user + "@example.jp"), "credentials",
				Map.of("password", password)));
		HttpResponse<String> created = http
			.send(admin(node, "/engine-rest/user/create").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
		for (String group : groups) {
			HttpResponse<String> member = http.send(admin(node, "/engine-rest/group/" + group + "/members/" + user)
				.PUT(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
		}
	}

	/** Deploys the test process whose timer falls due at the date given when started. */
	static void deployTimerProcess(HttpClient http, ForkedApplication node) throws Exception {
		byte[] model;
		try (InputStream in = TwoNodesSupport.class.getResourceAsStream("/processes/TwoNodesTimerProcess.bpmn")) {
			model = in.readAllBytes();
		}
		String boundary = "deploy";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
				+ "timers\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"TwoNodesTimerProcess.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(model);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> deployed = http.send(admin(node, "/engine-rest/deployment/create")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
	}

	/** Starts one instance of the timer process, due at the given moment. */
	static HttpResponse<String> startTimer(HttpClient http, ForkedApplication node, String businessKey, String due)
			throws Exception {
		String body = "{\"businessKey\":\"" + businessKey + "\",\"variables\":{\"due\":{\"value\":\"" + due
				+ "\",\"type\":\"Date\"}}}";
		return http.send(admin(node, "/engine-rest/process-definition/key/TwoNodesTimerProcess/start")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder admin(ForkedApplication node, String path) {
		return HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
			.header("Authorization", ForkedApplication.basic(ForkedApplication.ADMIN, ForkedApplication.ADMIN_PASSWORD))
			.header("X-Pmark-Reason", "test");
	}

}
