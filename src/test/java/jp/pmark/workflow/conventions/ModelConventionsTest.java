package jp.pmark.workflow.conventions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelConventionsTest {

	@Test
	@DisplayName("Every BPMN, DMN and form of the product follows our conventions")
	void productModels() throws IOException {
		List<String> problems = new ModelConventions().check(Path.of("bpmn"), Path.of("forms"));
		assertThat(problems).isEmpty();
	}

	@Test
	@DisplayName("The convention check finds each kind of problem in models made to break them")
	void findsProblems() throws IOException {
		List<String> problems = new ModelConventions().check(Path.of("src/test/resources/conventions/bad"));
		assertThat(problems).anySatisfy((p) -> assertThat(p).contains("Task_NoForm has no Camunda Form"))
			.anySatisfy((p) -> assertThat(p).contains("Task_NoGroup has no candidate group"))
			.anySatisfy((p) -> assertThat(p).contains("Task_WrongGroup has candidate group 'sales'"))
			.anySatisfy((p) -> assertThat(p).contains("Task_MissingForm refers to form 'no-such-form'"))
			.anySatisfy((p) -> assertThat(p).contains("process BadProcess has no camunda:historyTimeToLive"))
			.anySatisfy((p) -> assertThat(p).contains("flow SequenceFlow_Unnamed out of gateway Gateway_Decide"))
			.anySatisfy((p) -> assertThat(p).contains("decision BadDecision has no camunda:historyTimeToLive"))
			.anySatisfy((p) -> assertThat(p).contains("form bad-form has schemaVersion 17"))
			.anySatisfy((p) -> assertThat(p).contains("form bad-form has no Japanese label"));
		assertThat(problems).noneSatisfy((p) -> assertThat(p).contains("Task_Good"));
		assertThat(problems).noneSatisfy((p) -> assertThat(p).contains("SequenceFlow_Named"));
	}

}
