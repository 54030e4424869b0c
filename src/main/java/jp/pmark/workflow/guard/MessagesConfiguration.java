package jp.pmark.workflow.guard;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's {@link MessageSource} is the one refusals read
 * ({@link Messages#bundled()}): one source of the bundles, configured in one place, for
 * Spring and for plain classes alike (so Spring Boot's own, from
 * {@code spring.messages.*}, is not made).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		return Messages.bundled().source();
	}

}
