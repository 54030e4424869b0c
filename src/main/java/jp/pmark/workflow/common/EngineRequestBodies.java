package jp.pmark.workflow.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * without a body that the endpoint accepts (e.g. {@code unclaim}) pass unchanged.
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

	static final class BodyFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean bodiless = WITH_BODY.contains(request.getMethod()) && (request.getContentLengthLong() == 0
					|| (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null));
			if (!bodiless) {
				chain.doFilter(request, response);
				return;
			}
			ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, cached);
			if (cached.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
				cached.resetBuffer();
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				byte[] body = ("{\"type\":\"InvalidRequestException\",\"message\":\"【GEN-2】このリクエストには本文（JSON）が必要です。\","
						+ "\"code\":null}")
					.getBytes(StandardCharsets.UTF_8);
				response.setContentType("application/json;charset=UTF-8");
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
				return;
			}
			cached.copyBodyToResponse();
		}

	}

}
