package jp.pmark.workflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Camunda Form files of {@code forms/}, by their ids. */
public final class FormFiles {

	private static final Map<String, JsonNode> FORMS = load();

	private FormFiles() {
	}

	public static JsonNode byId(String id) {
		JsonNode form = FORMS.get(id);
		if (form == null) {
			throw new AssertionError("no form " + id + " in forms/");
		}
		return form;
	}

	/** The ids of every form in {@code forms/}. */
	public static Set<String> ids() {
		return Set.copyOf(FORMS.keySet());
	}

	/** Every component of the form, groups opened. */
	public static List<JsonNode> components(JsonNode form) {
		List<JsonNode> all = new ArrayList<>();
		collect(form.path("components"), all);
		return all;
	}

	private static void collect(JsonNode components, List<JsonNode> all) {
		for (JsonNode component : components) {
			all.add(component);
			collect(component.path("components"), all);
		}
	}

	private static Map<String, JsonNode> load() {
		ObjectMapper json = new ObjectMapper();
		Map<String, JsonNode> forms = new HashMap<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".form")).toList()) {
				JsonNode form = json.readTree(file.toFile());
				forms.put(form.path("id").asText(), form);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return forms;
	}

}
