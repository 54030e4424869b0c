package jp.pmark.workflow.registration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * JIP-1: sends a decision report to JIPDEC ({@code pmark.jipdec.report-url}) and returns
 * its acknowledgement. Any failure is an exception, so the engine retries the step and,
 * when it keeps failing, shows an incident in Cockpit.
 */
@Component
public class JipdecGateway {

	static final String URL_PROPERTY = "pmark.jipdec.report-url";

	private final Environment environment;

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	JipdecGateway(Environment environment) {
		this.environment = environment;
	}

	/** Sends the report; returns JIPDEC's acknowledgement. */
	public String send(Map<String, Object> report) {
		String url = this.environment.getProperty(URL_PROPERTY);
		if (url == null || url.isBlank()) {
			throw new IllegalStateException(URL_PROPERTY + " is not set: cannot report to JIPDEC");
		}
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(report)))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException("JIPDEC answered " + response.statusCode() + ": " + response.body());
			}
			JsonNode body = this.json.readTree(response.body().isBlank() ? "{}" : response.body());
			String acknowledgement = body.path("acknowledgement").asText("");
			if (acknowledgement.isBlank()) {
				throw new IllegalStateException("JIPDEC did not acknowledge the report: " + response.body());
			}
			return acknowledgement;
		}
		catch (IOException ex) {
			throw new IllegalStateException("JIPDEC cannot be reached at " + url + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reporting to JIPDEC", ex);
		}
	}

}
