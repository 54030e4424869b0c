package jp.pmark.workflow.identity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The grants a process model implies, within the groups the product defines for its
 * process ({@code pmark.tasks.model-groups}), one row per group and process key: the
 * candidate groups of its user tasks may read and work its tasks (which of them is
 * narrowed further by {@link OfferedTaskChecker}) and read its instances, whose variables
 * hold only what routing and the task list need; its candidate starter groups may start
 * it. Groups given by expressions are left out.
 */
final class ModelGrants {

	private ModelGrants() {
	}

	static void grant(Grants grants, BpmnModelInstance model, String processKey,
			TaskAccessProperties.ModelGroups allowed) {
		Process process = model.getModelElementById(processKey);
		if (process == null) {
			return;
		}
		// one grant per group: inside a deployment, rows written earlier are not yet
		// visible
		Map<String, Set<Permission>> permissions = new LinkedHashMap<>();
		for (String group : taskGroups(model, process)) {
			if (!allowed.tasks().contains(group)) {
				continue;
			}
			permissions.computeIfAbsent(group, (g) -> new LinkedHashSet<>())
				.addAll(List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
						ProcessDefinitionPermissions.TASK_WORK,
						// to release a task one claimed; OfferedTaskChecker allows
						// nothing
						// else of TASK_ASSIGN to those outside the oversight groups
						ProcessDefinitionPermissions.TASK_ASSIGN,
						// Tasklist shows the case's variables (申請番号, 申請者) on each task
						ProcessDefinitionPermissions.READ_INSTANCE));
		}
		Set<String> starterGroups = new LinkedHashSet<>(literals(process.getCamundaCandidateStarterGroups()));
		starterGroups.retainAll(allowed.starters());
		for (String group : starterGroups) {
			permissions.computeIfAbsent(group, (g) -> new LinkedHashSet<>())
				.addAll(List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
		}
		permissions.forEach((group, granted) -> grants.grant(group, Resources.PROCESS_DEFINITION, processKey,
				granted.toArray(Permission[]::new)));
		for (String group : starterGroups) {
			grants.grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
		}
	}

	static Set<String> taskGroups(BpmnModelInstance model, Process process) {
		Set<String> groups = new LinkedHashSet<>();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			if (isInside(task, process)) {
				groups.addAll(literals(task.getCamundaCandidateGroups()));
			}
		}
		return groups;
	}

	private static boolean isInside(ModelElementInstance element, Process process) {
		ModelElementInstance parent = element.getParentElement();
		while (parent != null) {
			if (parent == process) {
				return true;
			}
			parent = parent.getParentElement();
		}
		return false;
	}

	static Set<String> literals(String groups) {
		Set<String> ids = new LinkedHashSet<>();
		if (groups == null) {
			return ids;
		}
		for (String group : groups.split(",")) {
			String id = group.trim();
			if (!id.isEmpty() && !id.contains("${") && !id.contains("#{")) {
				ids.add(id);
			}
		}
		return ids;
	}

}
