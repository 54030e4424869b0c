package jp.pmark.workflow.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The product's Japanese error pages ({@code public/error/*.html}), which Spring Boot
 * also shows for an error the servlet container reports, in place of its English
 * "Whitelabel" page.
 */
final class ErrorPages {

	private ErrorPages() {
	}

	/** Whether the caller is a browser asking for a page, not a client of an API. */
	static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
				|| path.startsWith("/oversight/api/");
		return !api && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/** The page for the status, with that status. */
	static ResponseEntity<String> page(HttpStatus status) {
		String name = "public/error/" + status.value() + ".html";
		try (InputStream in = ErrorPages.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("no error page " + name);
			}
			return ResponseEntity.status(status)
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
