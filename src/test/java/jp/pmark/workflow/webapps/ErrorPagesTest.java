package jp.pmark.workflow.webapps;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 pt 1: a person who opens a page that does not exist, or an app their group may
 * not use, reads a Japanese page, never Spring's English "Whitelabel" page or a 500.
 */
@PmarkSpringTest
class ErrorPagesTest {

	@Autowired
	Tasklist tasklist;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	@DisplayName("SPEC §1 an unknown address, app or engine under /camunda/app answers 404 with the Japanese page; an API client still gets JSON")
	void unknownAddressesAre404() throws Exception {
		for (String path : List.of("/camunda/app/foo/default/", "/camunda/app/tasklist/xyz/",
				"/camunda/app/cockpit/nothing/index.html", "/camunda/app/tasklist/default/x.js", "/camunda/lib/x.js",
				"/nothing")) {
			HttpResponse<String> page = get(path, "text/html,application/xhtml+xml");
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
			assertThat(page.body()).as(path)
				.contains("<html lang=\"ja\">", "このページは見つかりません")
				.doesNotContain("Whitelabel");
		}
		HttpResponse<String> api = get("/camunda/app/foo/default/", "application/json");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).doesNotContain("<html");
		assertThat(get("/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(200);
		HttpResponse<String> style = get("/error/error.css", "text/css,*/*;q=0.1");
		assertThat(style.statusCode()).as("the pages' style sheet").isEqualTo(200);
		assertThat(style.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
		assertThat(get("/camunda/app/tasklist/locales/ja.json", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("SPEC §1 reception opening Cockpit or Admin reads the Japanese 403 page that says where its work is")
	void refusedAppIsJapanese() {
		Tasklist.Session reception = this.tasklist.session(Fixtures.RECEPTION);
		for (String app : List.of("cockpit", "admin")) {
			Tasklist.Response page = reception.page("/camunda/app/" + app + "/default/");
			assertThat(page.status()).as(app).isEqualTo(403);
			assertThat(page.body()).as(app)
				.contains("この画面を開く権限がありません", "タスクリスト")
				.doesNotContain("Whitelabel", "Forbidden");
		}
		assertThat(reception.page("/camunda/app/tasklist/default/").status()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.tasklist.baseUrl() + path))
			.header("Accept", accept)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
