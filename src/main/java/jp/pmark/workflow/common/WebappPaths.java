package jp.pmark.workflow.common;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' pages answer only for the four apps and the engines that exist: Camunda
 * serves an app's page for any {@code /app/{app}/{engine}/}, and fails with a 500 when
 * the app or the engine is unknown. Such an address is a 404 here, with the product's
 * Japanese page ({@code public/error/404.html}).
 */
@Configuration(proxyBeanMethods = false)
class WebappPaths {

	/** The apps the webapps serve. */
	static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");

	/** The address of an app's page, as Camunda's own filter reads it. */
	private static final Pattern PAGE = Pattern.compile("/app/(?:([\\w-]+?)/(?:(index\\.html|[\\w-]+)?/?([^?]*)?)?)?");

	@Bean
	FilterRegistrationBean<Filter> webappPathsFilter(ProcessEngine engine,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new Filter(applicationPath, Set.of(engine.getName())));
		registration.setName("pmark-webapp-paths");
		registration.addUrlPatterns(applicationPath + "/app/*");
		// before Camunda's filters, which serve the page
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final String applicationPath;

		private final Set<String> engines;

		Filter(String applicationPath, Set<String> engines) {
			this.applicationPath = applicationPath;
			this.engines = engines;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith(this.applicationPath) && !known(path.substring(this.applicationPath.length()))) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			chain.doFilter(request, response);
		}

		/**
		 * Whether Camunda can serve the address: a known app, and a known engine where a
		 * page is asked for.
		 */
		boolean known(String path) {
			Matcher matcher = PAGE.matcher(path);
			if (!matcher.matches() || matcher.group(1) == null) {
				return true;
			}
			if (!APPS.contains(matcher.group(1))) {
				return false;
			}
			String engine = matcher.group(2);
			String page = matcher.group(3);
			boolean asksForPage = page == null || page.isEmpty() || page.endsWith(".html");
			return engine == null || "index.html".equals(engine) || !asksForPage || this.engines.contains(engine);
		}

	}

}
