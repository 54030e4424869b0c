package jp.pmark.workflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation of the engine's REST API, as its own OpenAPI description
 * ({@code openapi.json} of {@code camunda-engine-rest-openapi}) lists them, and the
 * resolution of a called path to its operation: {@code GET /task/4f1…/form-variables} is
 * {@code GET /task/{id}/form-variables}. As in the REST API itself, a literal segment
 * wins over a path parameter ({@code /task/count} is not {@code /task/{id}}).
 */
public final class EngineApiOperations {

	/** An operation: its HTTP method and path template, e.g. {@code GET /task/{id}}. */
	public record Operation(String method, String template) {

		@Override
		public String toString() {
			return this.method + " " + this.template;
		}

	}

	private static final EngineApiOperations ALL = load();

	private final List<Operation> operations;

	private EngineApiOperations(List<Operation> operations) {
		this.operations = List.copyOf(operations);
	}

	public static EngineApiOperations all() {
		return ALL;
	}

	public List<Operation> operations() {
		return this.operations;
	}

	/**
	 * The operation a call reaches, or empty when the API has none for it. The path is
	 * relative to the engine (after {@code /engine-rest} or
	 * {@code /camunda/api/engine/engine/default}).
	 */
	public Optional<Operation> resolve(String method, String path) {
		String verb = "HEAD".equals(method) ? "GET" : method.toUpperCase(Locale.ROOT);
		String[] segments = segments(path);
		Operation best = null;
		boolean[] bestLiterals = null;
		for (Operation operation : this.operations) {
			if (!operation.method().equals(verb)) {
				continue;
			}
			String[] template = segments(operation.template());
			if (template.length != segments.length) {
				continue;
			}
			boolean[] literals = new boolean[template.length];
			boolean matches = true;
			for (int i = 0; i < template.length && matches; i++) {
				if (template[i].startsWith("{")) {
					matches = !segments[i].isEmpty();
				}
				else {
					matches = template[i].equals(segments[i]);
					literals[i] = true;
				}
			}
			if (matches && (best == null || moreLiteral(literals, bestLiterals))) {
				best = operation;
				bestLiterals = literals;
			}
		}
		return Optional.ofNullable(best);
	}

	/** A literal segment earlier in the path wins, as in JAX-RS. */
	private static boolean moreLiteral(boolean[] candidate, boolean[] best) {
		for (int i = 0; i < candidate.length; i++) {
			if (candidate[i] != best[i]) {
				return candidate[i];
			}
		}
		return false;
	}

	private static String[] segments(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		if (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
	}

	private static EngineApiOperations load() {
		try (InputStream in = EngineApiOperations.class.getClassLoader().getResourceAsStream("openapi.json")) {
			if (in == null) {
				throw new IllegalStateException("openapi.json of camunda-engine-rest-openapi is not on the classpath");
			}
			JsonNode paths = new ObjectMapper().readTree(in).path("paths");
			List<Operation> operations = new ArrayList<>();
			Iterator<String> templates = paths.fieldNames();
			while (templates.hasNext()) {
				String template = templates.next();
				Iterator<String> methods = paths.path(template).fieldNames();
				while (methods.hasNext()) {
					String method = methods.next().toUpperCase(Locale.ROOT);
					if (List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS").contains(method)) {
						operations.add(new Operation(method, template));
					}
				}
			}
			// the list of engines, which the webapps ask first, is not in the description
			operations.add(new Operation("GET", "/engine"));
			return new EngineApiOperations(operations);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
