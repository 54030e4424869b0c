package jp.pmark.workflow.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API of the engine ({@code /engine-rest}) and the product's own API
 * ({@code /api}) require HTTP Basic authentication against Camunda's users. Camunda's
 * filter sets the authenticated user and their groups on the engine for the request, so
 * the same authorizations apply as in the webapps; without credentials the answer is 401.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("pmark-api-authentication");
		registration.addUrlPatterns("/engine-rest/*", "/api/*");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.setOrder(10);
		return registration;
	}

}
