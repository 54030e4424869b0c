package jp.pmark.workflow.common;

import java.util.Set;

/**
 * A BPMN process as code knows it: its key and the process variables it keeps. Only what
 * its gateways, timers, task assignments and messages read is a variable; the product
 * writes them, on the process instance, and nothing else (business data lives in the
 * product's tables; what a form shows is made when it is opened, never stored).
 *
 * @param key the process definition key, e.g. {@code PmarkAssessmentProcess}
 * @param variables the names of the variables the process keeps
 */
public record ProcessModel(String key, Set<String> variables) {

	public ProcessModel {
		variables = Set.copyOf(variables);
	}

	public static ProcessModel of(String key, String... variables) {
		return new ProcessModel(key, Set.of(variables));
	}

	public boolean keeps(String variable) {
		return this.variables.contains(variable);
	}

}
