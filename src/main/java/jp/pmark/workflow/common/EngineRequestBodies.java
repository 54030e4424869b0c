package jp.pmark.workflow.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * GEN-2 on the engine's REST API (both mounts): a request without a body, sent to an
 * endpoint that needs one, is the caller's mistake. Some of the engine's resources fail
 * on it with a NullPointerException (HTTP 500, e.g. {@code POST
 * task/{id}/localVariables}); this answers 400 with a Japanese message instead. Requests
 * without a body that the endpoint accepts (e.g. {@code unclaim}) pass unchanged. The
 * same holds for a body the engine fails to read ({@link #INPUT_FAILURES}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRequestBodies {

	private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> engineRequestBodiesFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new BodyFilter());
		registration.setName("pmark-engine-request-bodies");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(20);
		return registration;
	}

	/**
	 * The engine's own failures that only a request's content causes: a JSON variable
	 * that is not JSON, a value that does not convert to its declared type, a date that
	 * is no date. The engine answers them with 500; they are the caller's mistake (400).
	 */
	static final Set<String> INPUT_FAILURES = Set.of("SpinJsonDataFormatException", "SpinXmlDataFormatException",
			"SpinRuntimeException", "SpinDataFormatException", "JsonParseException", "JsonMappingException",
			"MismatchedInputException", "InvalidFormatException", "DateTimeParseException", "NumberFormatException",
			"ParseException", "ClassCastException");

	static final class BodyFilter extends OncePerRequestFilter {

		private static final ObjectMapper JSON = new ObjectMapper();

		private static final Pattern ENGINE_PREFIX = Pattern
			.compile("^(?:Cannot submit task form|Cannot instantiate process definition) \\S+: ");

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!WITH_BODY.contains(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			boolean bodiless = request.getContentLengthLong() == 0
					|| (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null);
			ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, cached);
			if (cached.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
				String type = errorType(cached.getContentAsByteArray());
				// the password policy's refusal (a user created or a password changed)
				boolean weakPassword = "ProcessEngineException".equals(type)
						&& new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8)
							.contains("Password does not match policy");
				if (bodiless || weakPassword || INPUT_FAILURES.contains(type)) {
					cached.resetBuffer();
					response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
					String message = (bodiless ? RuleViolation.of("body", RuleId.GEN_2, "body-needed")
							: weakPassword ? RuleViolation.of("password", RuleId.GEN_2, "weak-password")
									: RuleViolation.of("body", RuleId.GEN_2, "values-unreadable", type))
						.messageJaWithRule();
					byte[] body = ("{\"type\":\"InvalidRequestException\",\"message\":\"" + message
							+ "\",\"code\":null}")
						.getBytes(StandardCharsets.UTF_8);
					response.setContentType("application/json;charset=UTF-8");
					response.setContentLength(body.length);
					response.getOutputStream().write(body);
					return;
				}
			}
			if (cached.getStatus() == HttpServletResponse.SC_BAD_REQUEST
					&& request.getRequestURI().endsWith("/submit-form")) {
				withoutEnginePrefix(cached, response);
				return;
			}
			cached.copyBodyToResponse();
		}

		/**
		 * Issue 14: a refused form reads as the product's Japanese sentences only. The
		 * engine puts "Cannot submit task form {id}: " (or "Cannot instantiate process
		 * definition {id}: ") before the message, which Tasklist shows as it is.
		 */
		private static void withoutEnginePrefix(ContentCachingResponseWrapper cached, HttpServletResponse response)
				throws IOException {
			byte[] original = cached.getContentAsByteArray();
			byte[] body = original;
			try {
				JsonNode answer = JSON.readTree(original);
				if (answer instanceof ObjectNode object && object.path("message").isTextual()) {
					String message = ENGINE_PREFIX.matcher(object.get("message").asText()).replaceFirst("");
					body = JSON.writeValueAsBytes(object.put("message", message));
				}
			}
			catch (IOException ex) {
				body = original;
			}
			cached.resetBuffer();
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json;charset=UTF-8");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

		private static String errorType(byte[] body) {
			String text = new String(body, StandardCharsets.UTF_8);
			Matcher type = Pattern.compile("\"type\"\\s*:\\s*\"([A-Za-z0-9_$.]+)\"").matcher(text);
			return type.find() ? type.group(1) : "";
		}

	}

}
