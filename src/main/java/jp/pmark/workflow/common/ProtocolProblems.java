package jp.pmark.workflow.common;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GEN-2 where no application code runs: a request Tomcat itself refuses (an encoded NUL
 * or slash in the path, a request line or headers too long, a broken request) is answered
 * as every other refusal, {@code application/problem+json} naming the request and the
 * rule, instead of Tomcat's English HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolProblems {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

	/** Tomcat's error report, as problem+json. */
	public static class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			RuleViolation violation = (status >= 500) ? RuleViolation.of("request", RuleId.GEN_2, "server-problem")
					: RuleViolation.of("request", RuleId.GEN_2, "malformed-request");
			String body = "{\"type\":\"https://pmark.jp/problems/rule-violation\",\"title\":\"受け付けられません\",\"status\":"
					+ status + ",\"detail\":\"" + violation.messageJaWithRule() + "\",\"violations\":[{\"field\":\""
					+ violation.field() + "\",\"rule\":\"" + violation.ruleId() + "\",\"message\":\""
					+ violation.messageJa() + "\",\"messageEn\":\"" + violation.messageEn() + "\"}]}";
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the connection is gone: nothing more to say
			}
		}

	}

}
