package jp.pmark.workflow.conventions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.identity.StaffGroup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Our modelling conventions, checked on BPMN, DMN and Camunda Form files: every user task
 * has a Camunda Form that exists and a candidate group of SPEC §1, every process and
 * decision a history time to live, every form schemaVersion ≤ 16 and a Japanese label,
 * every flow out of a deciding gateway a name.
 */
final class ModelConventions {

	static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

	static final int MAX_FORM_SCHEMA_VERSION = 16;

	private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff]");

	private static final Set<String> GROUPS = Stream.of(StaffGroup.values())
		.map(StaffGroup::id)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private final ObjectMapper json = new ObjectMapper();

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Path> forms = new HashMap<>();

	/** Checks every file under the given folders and returns the problems found. */
	List<String> check(Path... folders) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : folders) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> walk = Files.walk(folder)) {
					walk.filter(Files::isRegularFile).forEach(files::add);
				}
			}
		}
		for (Path file : files) {
			if (file.toString().endsWith(".form")) {
				checkForm(file);
			}
		}
		for (Path file : files) {
			if (file.toString().endsWith(".bpmn")) {
				checkBpmn(file);
			}
			else if (file.toString().endsWith(".dmn")) {
				checkDmn(file);
			}
		}
		return this.problems;
	}

	private void checkForm(Path file) throws IOException {
		JsonNode form = this.json.readTree(file.toFile());
		String id = form.path("id").asText(null);
		if (id == null) {
			problem(file, "form has no id");
			return;
		}
		this.forms.put(id, file);
		int schemaVersion = form.path("schemaVersion").asInt(Integer.MAX_VALUE);
		if (schemaVersion > MAX_FORM_SCHEMA_VERSION) {
			problem(file, "form " + id + " has schemaVersion " + schemaVersion + " > " + MAX_FORM_SCHEMA_VERSION);
		}
		List<String> labels = new ArrayList<>();
		collectLabels(form.path("components"), labels);
		if (labels.stream().noneMatch((label) -> JAPANESE.matcher(label).find())) {
			problem(file, "form " + id + " has no Japanese label");
		}
	}

	private void collectLabels(JsonNode components, List<String> labels) {
		for (JsonNode component : components) {
			labels.add(component.path("label").asText("") + component.path("text").asText(""));
			collectLabels(component.path("components"), labels);
		}
	}

	private void checkBpmn(Path file) throws IOException {
		Document document = parse(file);
		for (Element process : elements(document, BPMN, "process")) {
			if ("true".equals(process.getAttribute("isExecutable"))
					&& process.getAttributeNS(CAMUNDA, "historyTimeToLive").isEmpty()) {
				problem(file, "process " + process.getAttribute("id") + " has no camunda:historyTimeToLive");
			}
		}
		for (Element task : elements(document, BPMN, "userTask")) {
			String id = task.getAttribute("id");
			String formRef = task.getAttributeNS(CAMUNDA, "formRef");
			if (formRef.isEmpty()) {
				problem(file, "user task " + id + " has no Camunda Form (camunda:formRef)");
			}
			else if (!formRef.contains("${") && !this.forms.containsKey(formRef)) {
				problem(file, "user task " + id + " refers to form '" + formRef + "', which no .form file defines");
			}
			List<String> groups = Stream.of(task.getAttributeNS(CAMUNDA, "candidateGroups").split(","))
				.map(String::trim)
				.filter((group) -> !group.isEmpty())
				.toList();
			if (groups.isEmpty()) {
				problem(file, "user task " + id + " has no candidate group");
			}
			for (String group : groups) {
				if (!group.contains("${") && !GROUPS.contains(group)) {
					problem(file, "user task " + id + " has candidate group '" + group + "', not one of SPEC §1");
				}
			}
			if (!JAPANESE.matcher(task.getAttribute("name")).find()) {
				problem(file, "user task " + id + " has no Japanese name");
			}
		}
		List<Element> flows = elements(document, BPMN, "sequenceFlow");
		List<Element> gateways = new ArrayList<>(elements(document, BPMN, "exclusiveGateway"));
		gateways.addAll(elements(document, BPMN, "inclusiveGateway"));
		for (Element gateway : gateways) {
			List<Element> outgoing = flows.stream()
				.filter((flow) -> flow.getAttribute("sourceRef").equals(gateway.getAttribute("id")))
				.toList();
			if (outgoing.size() > 1) {
				for (Element flow : outgoing) {
					if (flow.getAttribute("name").isBlank()) {
						problem(file, "flow " + flow.getAttribute("id") + " out of gateway "
								+ gateway.getAttribute("id") + " has no name");
					}
				}
			}
		}
	}

	private void checkDmn(Path file) throws IOException {
		Document document = parse(file);
		NodeList decisions = document.getElementsByTagNameNS("*", "decision");
		for (int i = 0; i < decisions.getLength(); i++) {
			Element decision = (Element) decisions.item(i);
			if (decision.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive").isEmpty()
					&& decision.getAttributeNS(CAMUNDA, "historyTimeToLive").isEmpty()) {
				problem(file, "decision " + decision.getAttribute("id") + " has no camunda:historyTimeToLive");
			}
		}
	}

	private static Document parse(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(in);
		}
		catch (Exception ex) {
			throw new IOException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static List<Element> elements(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<Element> elements = new ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private void problem(Path file, String message) {
		this.problems.add(file.getFileName() + ": " + message);
	}

}
