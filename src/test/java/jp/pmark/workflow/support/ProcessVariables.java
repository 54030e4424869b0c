package jp.pmark.workflow.support;

import java.util.HashSet;
import java.util.Set;

import jp.pmark.workflow.common.ProcessModel;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only what routing needs becomes a process variable (README "Process variables"): every
 * variable a process's instances ever kept is one the process declares, and no task keeps
 * one of its own (a form's view is made when asked). Checked after the walks of each
 * process's tests, over every instance of it in the shared test database.
 */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	public static void assertOnlyDeclared(HistoryService historyService, ProcessModel process) {
		Set<String> kept = new HashSet<>();
		Set<String> onTasks = new HashSet<>();
		for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
			.processDefinitionKey(process.key())
			.list()) {
			(variable.getTaskId() == null ? kept : onTasks).add(variable.getName());
		}
		assertThat(kept).as("variables of %s", process.key()).isSubsetOf(process.variables());
		assertThat(onTasks).as("variables kept on tasks of %s", process.key()).isEmpty();
	}

}
