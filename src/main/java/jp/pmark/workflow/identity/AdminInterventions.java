package jp.pmark.workflow.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;

/**
 * An administrator's intervention in a case through the engine's API: moving it, setting
 * or removing its variables, completing or resolving a task plainly, deleting it. Such a
 * call needs its reason in the header {@value #REASON_HEADER} (URL-encoded); once done,
 * it is recorded in the case's journal with who and why (GEN-1), beside Camunda's user
 * operation log.
 */
final class AdminInterventions {

	static final String REASON_HEADER = "X-Pmark-Reason";

	private static final Logger LOG = LoggerFactory.getLogger(AdminInterventions.class);

	private static final Set<String> OPERATIONS = Set.of("POST /process-instance/{id}/modification",
			"POST /process-instance/{id}/modification-async", "POST /process-instance/{id}/variables",
			"PUT /process-instance/{id}/variables/{varName}", "DELETE /process-instance/{id}/variables/{varName}",
			"POST /process-instance/{id}/variables/{varName}/data", "DELETE /process-instance/{id}",
			"POST /task/{id}/complete", "POST /task/{id}/resolve", "POST /task/{id}/variables",
			"PUT /task/{id}/variables/{varName}", "DELETE /task/{id}/variables/{varName}",
			"POST /task/{id}/variables/{varName}/data", "POST /task/{id}/localVariables",
			"PUT /task/{id}/localVariables/{varName}", "DELETE /task/{id}/localVariables/{varName}",
			"POST /task/{id}/localVariables/{varName}/data", "POST /execution/{id}/localVariables",
			"PUT /execution/{id}/localVariables/{varName}", "DELETE /execution/{id}/localVariables/{varName}",
			"POST /execution/{id}/localVariables/{varName}/data", "POST /execution/{id}/signal",
			"POST /execution/{id}/messageSubscriptions/{messageName}/trigger");

	/** The case an intervention concerns. */
	record Case(String processKey, String businessKey) {
	}

	private final ProcessEngine engine;

	private final ObjectProvider<InterventionJournal> journals;

	AdminInterventions(ProcessEngine engine, ObjectProvider<InterventionJournal> journals) {
		this.engine = engine;
		this.journals = journals;
	}

	static boolean isIntervention(ApiGate.ApiCall call) {
		return call.operation().map((operation) -> OPERATIONS.contains(operation.toString())).orElse(false);
	}

	static String reason(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String reason = URLDecoder.decode(header, StandardCharsets.UTF_8).strip();
		return reason.isEmpty() ? null : reason;
	}

	/** The case the call's path names, before the call changes it. */
	Optional<Case> caseOf(ApiGate.ApiCall call) {
		String[] segments = call.path().split("/");
		if (segments.length < 3) {
			return Optional.empty();
		}
		String id = segments[2];
		String processInstanceId = switch (segments[1]) {
			case "process-instance" -> id;
			case "task" -> Optional.ofNullable(this.engine.getTaskService().createTaskQuery().taskId(id).singleResult())
				.map(Task::getProcessInstanceId)
				.orElse(null);
			case "execution" -> Optional
				.ofNullable(this.engine.getRuntimeService().createExecutionQuery().executionId(id).singleResult())
				.map(Execution::getProcessInstanceId)
				.orElse(null);
			default -> null;
		};
		if (processInstanceId == null) {
			return Optional.empty();
		}
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null) {
			return Optional.empty();
		}
		String processKey = this.engine.getRepositoryService()
			.getProcessDefinition(instance.getProcessDefinitionId())
			.getKey();
		return Optional.of(new Case(processKey, instance.getBusinessKey()));
	}

	/** Records the done intervention in the case's journal. */
	void record(Case target, ApiGate.ApiCall call, String reason, String actor) {
		boolean recorded = this.journals.orderedStream()
			.anyMatch((journal) -> journal.record(target.processKey(), target.businessKey(), call.describe(), reason,
					actor));
		// every intervention is in the log; the case's journal where the case has one
		LOG.warn("Administrator {} made {} on {} {}{}: {}", actor, call.describe(), target.processKey(),
				target.businessKey(), recorded ? " (recorded in its journal)" : "", reason);
	}

}
