package jp.pmark.workflow.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestUsers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

@PmarkSpringTest
class ApiGroupsTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Environment environment;

	@Autowired
	Fixtures fixtures;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	@DisplayName("§1 GEN-2 every /api operation declares who may call it; a caller outside those groups gets 403 problem+json before the request is read, even when it is malformed, never a 400 that describes the operation's input")
	void groupsCheckedBeforeInput() throws Exception {
		this.fixtures.ensure();
		List<String> checked = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				AllowedGroups allowed = entry.getValue().getMethodAnnotation(AllowedGroups.class);
				assertThat(allowed).as(pattern + " declares its groups").isNotNull();
				if (allowed.anyCaller()) {
					continue;
				}
				assertThat(List.of(allowed.value())).as(pattern).doesNotContain(StaffGroup.AUDITORS);
				boolean multipart = entry.getKey()
					.getConsumesCondition()
					.getConsumableMediaTypes()
					.contains(MediaType.MULTIPART_FORM_DATA);
				String path = pattern.replaceAll("\\{[^}]+}", "XX-9999-0001");
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					HttpResponse<String> answer = send(Fixtures.AUDITOR_A, method.name(), path, multipart);
					assertThat(answer.statusCode()).as(method + " " + pattern + ": " + answer.body()).isEqualTo(403);
					assertThat(answer.headers().firstValue("Content-Type").orElse(""))
						.startsWith("application/problem+json");
					checked.add(method + " " + pattern);
				}
			}
		}
		assertThat(checked).as("operations checked").hasSizeGreaterThan(8);
	}

	private HttpResponse<String> send(String user, String method, String path, boolean multipart)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.environment.getProperty("local.server.port") + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if ("GET".equals(method)) {
			return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		// input the operation would refuse: a date that is none, a number that is text
		String body;
		if (multipart) {
			body = "--b\r\nContent-Disposition: form-data; name=\"appliedOn\"\r\n\r\n2026-02-30\r\n"
					+ "--b\r\nContent-Disposition: form-data; name=\"headcount\"\r\n\r\nabc\r\n--b--\r\n";
			request.header("Content-Type", "multipart/form-data; boundary=b");
		}
		else {
			body = "{\"amount\":\"abc\",\"validFrom\":\"2026-02-30\",\"summary\":";
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
