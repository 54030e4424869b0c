package jp.pmark.workflow.oversight;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

import org.springframework.stereotype.Component;

/**
 * The names staff read for a process definition and its steps (the BPMN's Japanese
 * names), kept per deployed definition: a deployed definition never changes.
 */
@Component
class ProcessNames {

	/** A deployed process definition: its key and name. */
	record Definition(String id, String key, String name, int version) {
	}

	private final RepositoryService repositoryService;

	private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

	private final Map<String, String> activityNames = new ConcurrentHashMap<>();

	ProcessNames(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	Definition definition(String processDefinitionId) {
		return this.definitions.computeIfAbsent(processDefinitionId, (id) -> {
			ProcessDefinition definition = this.repositoryService.getProcessDefinition(id);
			String name = (definition.getName() != null) ? definition.getName() : definition.getKey();
			return new Definition(id, definition.getKey(), name, definition.getVersion());
		});
	}

	/** The step's name in the BPMN, or its id when it has none. */
	String activityName(String processDefinitionId, String activityId) {
		return this.activityNames.computeIfAbsent(processDefinitionId + "#" + activityId, (key) -> {
			BpmnModelInstance model = this.repositoryService.getBpmnModelInstance(processDefinitionId);
			FlowElement element = (model != null) ? model.getModelElementById(activityId) : null;
			return (element != null && element.getName() != null) ? element.getName() : activityId;
		});
	}

}
