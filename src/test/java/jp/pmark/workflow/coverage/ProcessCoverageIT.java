package jp.pmark.workflow.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the process tests (failsafe, after surefire): joins the coverage every test
 * class recorded under target/process-test-coverage and requires every sequence flow of
 * the product's processes to be covered by some test. Writes the figures to
 * target/process-test-coverage/summary.txt.
 */
class ProcessCoverageIT {

	static final Path REPORTS = Path.of("target", "process-test-coverage");

	/** Every process of {@code bpmn/}, by the file it is named after. */
	static Stream<String> processes() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".bpmn"))
				.map((name) -> name.substring(0, name.length() - ".bpmn".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "every flow of {0} is covered by some process test")
	@MethodSource("processes")
	@DisplayName("every flow of the product's processes is covered by some process test")
	void everyFlowCovered(String processKey) throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REPORTS),
				"no coverage recorded: run the process tests first (./mvnw verify)");
		Map<String, Set<String>> covered = covered();
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn", processKey + ".bpmn").toFile());
		Set<String> flows = new TreeSet<>();
		model.getModelElementsByType(SequenceFlow.class).forEach((flow) -> flows.add(flow.getId()));
		Set<String> nodes = new TreeSet<>();
		model.getModelElementsByType(FlowNode.class).forEach((node) -> nodes.add(node.getId()));
		Set<String> seen = covered.getOrDefault(processKey, Set.of());
		List<String> missingFlows = flows.stream().filter((flow) -> !seen.contains(flow)).toList();
		List<String> missingNodes = nodes.stream().filter((node) -> !seen.contains(node)).toList();
		String summary = String.format("%s: sequence flows %d/%d (%.1f%%), flow nodes %d/%d (%.1f%%)%n", processKey,
				flows.size() - missingFlows.size(), flows.size(),
				100.0 * (flows.size() - missingFlows.size()) / flows.size(), nodes.size() - missingNodes.size(),
				nodes.size(), 100.0 * (nodes.size() - missingNodes.size()) / nodes.size());
		System.out.print(summary);
		Files.writeString(REPORTS.resolve("summary-" + processKey + ".txt"), summary);
		assertThat(missingFlows).as("sequence flows of %s no test takes", processKey).isEmpty();
		assertThat(missingNodes).as("elements of %s no test reaches", processKey).isEmpty();
	}

	/** Every element and flow some test reached, by process key. */
	static Map<String, Set<String>> covered() throws IOException {
		ObjectMapper json = new ObjectMapper();
		Map<String, Set<String>> covered = new HashMap<>();
		List<Path> reports = new ArrayList<>();
		try (Stream<Path> files = Files.walk(REPORTS)) {
			files.filter((file) -> file.getFileName().toString().equals("report.json")).forEach(reports::add);
		}
		for (Path report : reports) {
			for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
				for (JsonNode run : suite.path("runs")) {
					for (JsonNode event : run.path("events")) {
						covered.computeIfAbsent(event.path("modelKey").asText(), (key) -> new TreeSet<>())
							.add(event.path("definitionKey").asText());
					}
				}
			}
		}
		return covered;
	}

}
