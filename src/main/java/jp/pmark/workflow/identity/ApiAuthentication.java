package jp.pmark.workflow.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API of the engine ({@code /engine-rest}), the product's own API ({@code /api})
 * and the API's description ({@code /v3/api-docs}, {@code /swagger-ui.html}) require HTTP
 * Basic authentication against Camunda's users. Camunda's filter sets the authenticated
 * user and their groups on the engine for the request, so the same authorizations apply
 * as in the webapps; without credentials the answer is 401.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("pmark-api-authentication");
		// the API's description and its Swagger UI too: they show what the API accepts
		registration.addUrlPatterns("/engine-rest/*", "/api/*", "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html",
				"/swagger-ui/*");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.setOrder(10);
		return registration;
	}

	/**
	 * Security headers on the APIs: nothing sniffed, framed, cached or referred; HSTS
	 * when the request came over TLS (behind a proxy with the {@code prod} profile's
	 * forward headers).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiSecurityHeadersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.setHeader("X-Content-Type-Options", "nosniff");
						response.setHeader("X-Frame-Options", "DENY");
						response.setHeader("Cache-Control", "no-store");
						response.setHeader("Referrer-Policy", "no-referrer");
						if (!request.getRequestURI().contains("swagger-ui")) {
							response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
						}
						if (request.isSecure()) {
							response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
						}
						// the engine's REST API would answer no-cache: nothing of a case
						// is stored
						chain.doFilter(request, new HttpServletResponseWrapper(response) {
							@Override
							public void setHeader(String name, String value) {
								if (!"Cache-Control".equalsIgnoreCase(name)) {
									super.setHeader(name, value);
								}
							}

							@Override
							public void addHeader(String name, String value) {
								if (!"Cache-Control".equalsIgnoreCase(name)) {
									super.addHeader(name, value);
								}
							}
						});
					}
				});
		registration.setName("pmark-api-security-headers");
		registration.addUrlPatterns("/engine-rest/*", "/api/*", "/v3/api-docs", "/v3/api-docs/*");
		registration.setOrder(5);
		return registration;
	}

}
