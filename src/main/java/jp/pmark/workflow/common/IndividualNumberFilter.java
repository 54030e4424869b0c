package jp.pmark.workflow.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CHG-5 at every door: no string a person or a system submits may carry an individual
 * number (マイナンバー), so nothing that holds one is stored by the product or the engine.
 * Every text of a JSON body (any depth), every text part of a multipart body and every
 * uploaded file's name is checked, on the product's API ({@code /api}) and on every mount
 * of the engine's API. A refusal is HTTP 400 naming the field and the rule: problem JSON
 * on {@code /api}, the engine's error JSON on its mounts (Tasklist shows its message).
 * Passwords are not texts of the case and are not checked.
 * <p>
 * Longer than 300 lines on purpose: one filter reads every body kind (JSON, the product's
 * multipart, the engine's multipart uploads, the reason header) once and hands the same
 * bytes on, so that no door is checked differently.
 */
@Configuration(proxyBeanMethods = false)
class IndividualNumberFilter {

	/** Bodies larger than this are not JSON a person typed (uploads are multipart). */
	private static final int MAX_JSON = 4 * 1024 * 1024;

	private static final Set<String> NOT_CHECKED = Set.of("password", "authenticatedUserPassword");

	/**
	 * Uploads to the engine's API (models, binary variables) up to this size are read.
	 */
	private static final int MAX_ENGINE_UPLOAD = 100 * 1024 * 1024;

	/**
	 * The header with an administrator's reason for an intervention in a case (the API
	 * gate's, kept in the case's journal): a text a person submits like any other.
	 */
	static final String REASON_HEADER = "X-Pmark-Reason";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> individualNumberFilterRegistration() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Scan());
		registration.setName("pmark-individual-numbers");
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
		registration.setOrder(18);
		return registration;
	}

	static final class Scan extends OncePerRequestFilter {

		private final ObjectMapper json = new ObjectMapper();

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String contentType = (request.getContentType() == null) ? "" : request.getContentType().toLowerCase();
			List<RuleViolation> violations = new ArrayList<>();
			reasonHeader(request).ifPresent(violations::add);
			HttpServletRequest forward = request;
			if (contentType.startsWith("application/json") || contentType.startsWith("application/hal+json")) {
				byte[] body = request.getInputStream().readNBytes(MAX_JSON + 1);
				if (body.length <= MAX_JSON && body.length > 0) {
					try {
						scan(this.json.readTree(body), "", violations);
					}
					catch (IOException ex) {
						// not JSON: the endpoint answers that itself
					}
				}
				forward = new BodyRequest(request, body);
			}
			else if (contentType.startsWith("multipart/") && !isProductApi(request)) {
				// the engine's uploads (a designer's deployment, an administrator's
				// binary variable): its texts and file names, which the engine keeps
				// (a deployment's name and source, a resource's name), never the files'
				// contents (models)
				byte[] body = request.getInputStream().readNBytes(MAX_ENGINE_UPLOAD + 1);
				if (body.length > MAX_ENGINE_UPLOAD) {
					refuse(request, response, List.of(RuleViolation.of("body", RuleId.GEN_2, "request-too-large")),
							413);
					return;
				}
				scanEngineUpload(contentType, request.getCharacterEncoding(), body, violations);
				forward = new BodyRequest(request, body);
			}
			else if (contentType.startsWith("multipart/")) {
				// the product's uploads
				java.util.Collection<Part> parts;
				try {
					parts = request.getParts();
				}
				catch (InvalidFileNameException ex) {
					// GEN-2: a file name with a NUL character, which Tomcat will not read
					refuse(request, response,
							List.of(RuleViolation.of("files", RuleId.GEN_2, "file-name-holds-control-character")),
							HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
				catch (IOException | ServletException | IllegalStateException ex) {
					// GEN-2: a broken or oversized upload is the sender's to fix, never a
					// 500
					boolean tooLarge = String.valueOf(ex).contains("SizeLimitExceeded")
							|| String.valueOf(ex.getCause()).contains("SizeLimitExceeded");
					refuse(request, response,
							List.of(tooLarge ? RuleViolation.of("files", RuleId.INT_2, "file-too-large")
									: RuleViolation.of("body", RuleId.GEN_2, "multipart-body-broken-incomplete")),
							tooLarge ? 413 : HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
				for (Part part : parts) {
					if (part.getSubmittedFileName() != null) {
						IndividualNumbers.check(part.getName() + ".fileName", part.getSubmittedFileName())
							.ifPresent(violations::add);
					}
					else if (!NOT_CHECKED.contains(part.getName())) {
						String value = new String(part.getInputStream().readNBytes(MAX_JSON), StandardCharsets.UTF_8);
						IndividualNumbers.check(part.getName(), value).ifPresent(violations::add);
					}
				}
			}
			if (violations.isEmpty()) {
				chain.doFilter(forward, response);
				return;
			}
			refuse(request, response, violations, HttpServletResponse.SC_BAD_REQUEST);
		}

		private static boolean isProductApi(HttpServletRequest request) {
			return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
		}

		/**
		 * The reason an administrator gives for an intervention (kept in the case's
		 * journal), URL-encoded as sent and decoded.
		 */
		private static java.util.Optional<RuleViolation> reasonHeader(HttpServletRequest request) {
			java.util.Enumeration<String> values = request.getHeaders(REASON_HEADER);
			while (values != null && values.hasMoreElements()) {
				String value = values.nextElement();
				String decoded;
				try {
					decoded = java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					decoded = value;
				}
				if (IndividualNumbers.containsIndividualNumber(value)
						|| IndividualNumbers.containsIndividualNumber(decoded)) {
					return java.util.Optional.of(RuleViolation.of(REASON_HEADER, RuleId.CHG_5,
							"reason-header-individual-number", REASON_HEADER));
				}
			}
			return java.util.Optional.empty();
		}

		/** Checks each text part and each file's name of a multipart body. */
		private static void scanEngineUpload(String contentType, String encoding, byte[] body,
				List<RuleViolation> violations) throws IOException {
			org.apache.tomcat.util.http.fileupload.FileUpload upload = new org.apache.tomcat.util.http.fileupload.FileUpload();
			upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
			try {
				org.apache.tomcat.util.http.fileupload.FileItemIterator items = upload
					.getItemIterator(new org.apache.tomcat.util.http.fileupload.UploadContext() {

						@Override
						public String getCharacterEncoding() {
							return encoding;
						}

						@Override
						public String getContentType() {
							return contentType;
						}

						@Override
						public java.io.InputStream getInputStream() {
							return new ByteArrayInputStream(body);
						}

						@Override
						public long contentLength() {
							return body.length;
						}

					});
				while (items.hasNext()) {
					org.apache.tomcat.util.http.fileupload.FileItemStream item = items.next();
					if (item.getName() != null) {
						IndividualNumbers.check(item.getFieldName() + ".fileName", item.getName())
							.ifPresent(violations::add);
					}
					else if (!NOT_CHECKED.contains(item.getFieldName())) {
						IndividualNumbers
							.check(item.getFieldName(),
									new String(item.openStream().readNBytes(MAX_JSON), StandardCharsets.UTF_8))
							.ifPresent(violations::add);
					}
				}
			}
			catch (org.apache.tomcat.util.http.fileupload.FileUploadException | InvalidFileNameException ex) {
				// not multipart the engine can read either: it answers that itself
			}
		}

		/** Checks every text at any depth; the field is named by its JSON path. */
		private void scan(JsonNode node, String path, List<RuleViolation> violations) {
			if (node.isTextual()) {
				IndividualNumbers.check(path.isEmpty() ? "body" : path, node.asText()).ifPresent(violations::add);
			}
			else if (node.isArray()) {
				for (int i = 0; i < node.size(); i++) {
					scan(node.get(i), path + "[" + i + "]", violations);
				}
			}
			else if (node.isObject()) {
				Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
				while (fields.hasNext()) {
					Map.Entry<String, JsonNode> field = fields.next();
					if (!NOT_CHECKED.contains(field.getKey())) {
						String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
						IndividualNumbers.check(child, field.getKey()).ifPresent(violations::add);
						scan(field.getValue(), child, violations);
					}
				}
			}
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response, List<RuleViolation> violations,
				int status) throws IOException {
			String uri = request.getRequestURI().substring(request.getContextPath().length());
			Map<String, Object> body = new LinkedHashMap<>();
			if (uri.startsWith("/api/")) {
				body.put("type", ApiProblems.RULE_VIOLATION.toString());
				body.put("title", "入力が規則に反するため受け付けられません");
				body.put("status", status);
				body.put("detail", RuleViolationException.message(violations));
				body.put("violations", ApiProblems.violations(violations));
				response.setContentType("application/problem+json;charset=UTF-8");
			}
			else {
				body.put("type", "InvalidRequestException");
				body.put("message", RuleViolationException.message(violations));
				body.put("code", null);
				response.setContentType("application/json;charset=UTF-8");
			}
			byte[] bytes = this.json.writeValueAsBytes(body);
			response.setStatus(status);
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}

	}

	/** The request with its body read once and offered again. */
	static final class BodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
