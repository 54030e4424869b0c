package jp.pmark.workflow.clip;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CLIP-4: the door of the public e-learning pages ({@code /clip/**}, no login). Every
 * answer carries the security headers (nothing sniffed, framed, cached or referred: the
 * link's token is in the address; scripts and styles only from this server). Answer
 * sheets are limited per link ({@code pmark.clip.learning-attempts-per-minute}, 60 by
 * default, counted on each node) and in size, both refused before the body is read: 429
 * and 413, problem JSON naming CLIP-4.
 */
@Configuration(proxyBeanMethods = false)
class LearningDoor implements WebMvcConfigurer {

	/** The largest answer sheet taken. */
	static final long MAX_SHEET_BYTES = 64 * 1024;

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	private final LearningRateLimit limit;

	private final ObjectMapper json;

	LearningDoor(@Value("${pmark.clip.learning-attempts-per-minute:60}") int perMinute, ObjectMapper json) {
		this.limit = new LearningRateLimit(perMinute);
		this.json = json;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> learningSecurityHeadersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.setHeader("X-Content-Type-Options", "nosniff");
						response.setHeader("X-Frame-Options", "DENY");
						response.setHeader("Cache-Control", "no-store");
						response.setHeader("Referrer-Policy", "no-referrer");
						response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
						if (request.isSecure()) {
							response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
						}
						chain.doFilter(request, response);
					}
				});
		registration.setName("pmark-clip-learning-headers");
		registration.addUrlPatterns("/clip/*");
		registration.setOrder(5);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws IOException {
				if (!"POST".equals(request.getMethod())) {
					return true;
				}
				if (request.getContentLengthLong() > MAX_SHEET_BYTES) {
					refuse(response, 413,
							RuleViolation.of("body", RuleId.CLIP_4, "sheet-too-large", MAX_SHEET_BYTES / 1024));
					return false;
				}
				String token = request.getRequestURI().replaceAll("^.*/clip/learn/([^/]*)/attempts$", "$1");
				long waitSeconds = LearningDoor.this.limit.take(token);
				if (waitSeconds > 0) {
					response.setHeader("Retry-After", String.valueOf(waitSeconds));
					refuse(response, 429, RuleViolation.of("request", RuleId.CLIP_4, "too-many-attempts"));
					return false;
				}
				return true;
			}

		}).addPathPatterns("/clip/learn/*/attempts");
	}

	private void refuse(HttpServletResponse response, int status, RuleViolation violation) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://pmark.jp/problems/rule-violation");
		problem.put("title", "入力が規則に反するため受け付けられません");
		problem.put("status", status);
		problem.put("detail", violation.messageJaWithRule());
		problem.put("violations", List.of(Map.of("field", violation.field(), "rule", violation.ruleId(), "message",
				violation.messageJa(), "messageEn", violation.messageEn())));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
