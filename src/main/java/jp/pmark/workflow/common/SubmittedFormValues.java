package jp.pmark.workflow.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GEN-2 on Tasklist's door: a {@code submit-form} (of a task or of a start form, on both
 * mounts of the engine's API) whose value does not convert to the type it is sent as (a
 * {@code Date} that is no date, a {@code Long} that is text) is refused naming the field
 * and the rule, before the engine, whose own answer names neither. The values are
 * converted exactly as the engine's REST API converts them; what converts passes on
 * unchanged, and the form's contract then checks the values themselves. A field sent
 * twice is refused too (JSON would keep the last silently).
 */
@Configuration(proxyBeanMethods = false)
class SubmittedFormValues {

	private static final int MAX_JSON = 4 * 1024 * 1024;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> submittedFormValuesFilter(ObjectProvider<ProcessEngine> engine) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check(engine));
		registration.setName("pmark-submitted-form-values");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(19);
		return registration;
	}

	static final class Check extends OncePerRequestFilter {

		private final ObjectProvider<ProcessEngine> engine;

		private final ObjectMapper json = new ObjectMapper()
			.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

		private final ObjectMapper engineJson = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

		Check(ObjectProvider<ProcessEngine> engine) {
			this.engine = engine;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String contentType = (request.getContentType() == null) ? "" : request.getContentType().toLowerCase();
			return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/submit-form")
					|| !contentType.startsWith("application/json");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			byte[] body = request.getInputStream().readNBytes(MAX_JSON + 1);
			List<RuleViolation> violations = new ArrayList<>();
			if (body.length > 0 && body.length <= MAX_JSON) {
				try {
					JsonNode variables = this.json.readTree(body).path("variables");
					check(variables, violations);
				}
				catch (IOException ex) {
					java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("^Duplicate field '(.*)'")
						.matcher(String.valueOf(ex.getMessage()));
					if (duplicate.find()) {
						String name = duplicate.group(1);
						violations.add(RuleViolation.of(name, RuleId.GEN_2, "sent-twice-send-once", name));
					}
					// otherwise not JSON: the engine answers that itself
				}
			}
			if (!violations.isEmpty()) {
				Map<String, Object> refusal = new LinkedHashMap<>();
				refusal.put("type", "InvalidRequestException");
				refusal.put("message", RuleViolationException.message(violations));
				refusal.put("code", null);
				byte[] bytes = this.json.writeValueAsBytes(refusal);
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				response.setContentType("application/json;charset=UTF-8");
				response.setContentLength(bytes.length);
				response.getOutputStream().write(bytes);
				return;
			}
			chain.doFilter(new IndividualNumberFilter.BodyRequest(request, body), response);
		}

		private void check(JsonNode variables, List<RuleViolation> violations) {
			if (!variables.isObject()) {
				return;
			}
			ProcessEngine processEngine = this.engine.getObject();
			Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				String name = field.getKey();
				try {
					VariableValueDto value = this.engineJson.treeToValue(field.getValue(), VariableValueDto.class);
					value.toTypedValue(processEngine, this.engineJson);
				}
				catch (IOException | RuntimeException ex) {
					String type = field.getValue().path("type").asText("");
					violations.add(type.isEmpty() ? RuleViolation.of(name, RuleId.GEN_2, "cannot-read-value", name)
							: RuleViolation.of(name, RuleId.GEN_2, "cannot-read-as-type", name, type));
				}
			}
		}

	}

}
