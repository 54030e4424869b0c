package jp.pmark.workflow.conventions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.common.TaskForms;
import jp.pmark.workflow.support.PmarkSpringTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEN-2: every Camunda Form agrees with the one contract declared for it in Java; form
 * id, task id and contract are tied by one lookup (the BPMN's formRef and
 * {@link TaskForms}).
 */
@PmarkSpringTest
class FormContractsTest {

	@Autowired
	TaskForms taskForms;

	@Autowired
	RepositoryService repositoryService;

	@Test
	@DisplayName("GEN-2 GEN-3 every form's inputs are exactly its contract's fields, its read-only fields are declared views (every task form lists its case's letters), every choice offers options, no view shadows a process variable")
	void everyFormMatchesItsContract() throws IOException {
		FormContracts contracts = new FormContracts(Path.of("forms"));
		List<FormContracts.Use> uses = new ArrayList<>();
		for (TaskForm<?> form : this.taskForms.taskForms()) {
			BpmnModelInstance model = model(form.process().key());
			UserTask task = model.getModelElementById(form.taskKey());
			assertThat(task).as("%s/%s is a user task of the process", form.process().key(), form.taskKey())
				.isNotNull();
			uses.add(new FormContracts.Use(task.getCamundaFormRef(), form.process().key() + "/" + form.taskKey(),
					form.contract(), form.process().variables(), false));
		}
		for (StartForm<?> form : this.taskForms.startForms()) {
			StartEvent start = model(form.process().key()).getModelElementsByType(StartEvent.class)
				.stream()
				.filter((event) -> event.getCamundaFormRef() != null)
				.findFirst()
				.orElseThrow();
			uses.add(new FormContracts.Use(start.getCamundaFormRef(), form.process().key() + "/" + start.getId(),
					form.contract(), form.process().variables(), true));
		}
		assertThat(uses).hasSize(34);
		assertThat(contracts.check(uses)).isEmpty();
	}

	@Test
	@DisplayName("GEN-2 the contract check finds each kind of disagreement in a form made to break it")
	void findsDisagreements() throws IOException {
		FormContracts contracts = new FormContracts(Path.of("src/test/resources/conventions/contracts"));
		FormContract<BadInput> contract = FormContract.of(BadInput.class)
			.views("caseSummary", "unusedView", "routed")
			.prefills("missing");
		List<String> asTask = contracts.check(List
			.of(new FormContracts.Use("bad-contract", "Bad/Task_Bad", contract, Set.of("routed", "missing"), false)));
		assertThat(asTask).anySatisfy((p) -> assertThat(p).contains("read-only field 'notAView' is not a view"))
			.anySatisfy((p) -> assertThat(p).contains("'shownButSubmitted' is readonly but not disabled"))
			.anySatisfy((p) -> assertThat(p).contains("input field 'extra' is not in its contract"))
			.anySatisfy((p) -> assertThat(p).contains("contract field 'missing' has no input"))
			.anySatisfy((p) -> assertThat(p).contains("option 'MAYBE' of 'choice' is not one of [YES, NO]"))
			.anySatisfy(
					(p) -> assertThat(p).contains("'dynamic' takes its options from 'noSuchView', which is not a view"))
			.anySatisfy((p) -> assertThat(p).contains("'empty' offers no options"))
			.anySatisfy((p) -> assertThat(p).contains("field 'wrongKind' is a checkbox but its contract expects TEXT"))
			.anySatisfy((p) -> assertThat(p).contains("view 'unusedView' is shown nowhere"))
			.anySatisfy((p) -> assertThat(p).contains("view 'routed' has the name of a process variable"))
			.anySatisfy((p) -> assertThat(p).contains("prefill 'missing' has the name of a process variable"));
		assertThat(asTask).noneSatisfy((p) -> assertThat(p).contains("'caseSummary'"));

		List<String> asStart = new FormContracts(Path.of("src/test/resources/conventions/contracts"))
			.check(List.of(new FormContracts.Use("bad-contract", "Bad/StartEvent_Bad", contract, Set.of(), true)));
		assertThat(asStart)
			.anySatisfy((p) -> assertThat(p).contains("a start form gets no variables, so it would offer none"))
			.anySatisfy((p) -> assertThat(p).contains("a start form gets no variables, so it cannot show views"));
		assertThat(new FormContracts(Path.of("src/test/resources/conventions/contracts")).check(List.of()))
			.containsExactly("form bad-contract is used by no task or start event");
	}

	enum Choice {

		YES, NO

	}

	record BadInput(String missing, Choice choice, String dynamic, List<String> empty, String wrongKind,
			String shownButSubmitted) {
	}

	private BpmnModelInstance model(String processKey) {
		ProcessDefinition definition = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		return this.repositoryService.getBpmnModelInstance(definition.getId());
	}

}
