package jp.pmark.workflow.identity;

import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link ApiGate} on every mount of the engine's and the webapps' APIs. */
@Configuration(proxyBeanMethods = false)
class ApiGateConfiguration {

	@Bean
	FilterRegistrationBean<ApiGate> apiGateFilter(IdentityService identityService, ProcessEngine engine,
			ObjectProvider<InterventionJournal> journals, @Value("${pmark.api-gate.learn-file:}") String learnFile) {
		FilterRegistrationBean<ApiGate> registration = new FilterRegistrationBean<>(
				new ApiGate(identityService, ApiPolicies.staff(), learnFile.isBlank() ? null : Path.of(learnFile),
						new AdminInterventions(engine, journals)));
		registration.setName("pmark-api-gate");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		// after the Basic authentication of /engine-rest (order 10)
		registration.setOrder(15);
		return registration;
	}

}
