package jp.pmark.workflow.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Japanese filters Tasklist opens on, created or brought up to date at every start
 * and shared with the groups they serve: each group's own tasks (first, so that Tasklist
 * opens on them), 自分のタスク, 期限切れのタスク and, for the managers, すべての未完了タスク. Tasks that are not
 * offered to a person never appear in their filters ({@link OfferedTasksTaskManager}), so
 * the shared filters need no group condition.
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

	/** Variables shown on each task in the list, when a process sets them. */
	static final List<Map<String, String>> CASE_VARIABLES = List.of(variable("applicationNumber", "申請番号"),
			variable("changeReportNumber", "変更報告番号"), variable("incidentNumber", "事故報告番号"),
			variable("registrationNumber", "登録番号"), variable("applicantName", "事業者"), variable("changeKinds", "変更事項"));

	private final FilterService filterService;

	private final TaskService taskService;

	private final Grants grants;

	TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.grants = new Grants(authorizationService);
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> everyone = new ArrayList<>();
		for (StaffGroup group : StaffGroup.values()) {
			if (group.worksInTasklist()) {
				everyone.add(group.id());
			}
		}
		// Tasklist opens on the first filter: each person's group filter comes first
		int priority = -100;
		for (StaffGroup group : StaffGroup.values()) {
			if (!group.worksInTasklist()) {
				continue;
			}
			TaskQuery groupTasks = this.taskService.createTaskQuery()
				.taskCandidateGroup(group.id())
				.includeAssignedTasks()
				.orderByDueDate()
				.asc();
			save(group.japaneseName() + "のタスク", group.japaneseName() + "に割り当てられたタスク（担当者が決まったものを含む）", priority++,
					"#555555", groupTasks, List.of(group.id()));
		}
		save("自分のタスク", "自分が担当しているタスク", -20, "#1f6feb",
				this.taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
				everyone);
		save("期限切れのタスク", "期限を過ぎたタスク（自分のグループと自分の担当分）", -10, "#d1242f",
				this.taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(), everyone);
		// the oversight groups see every open task (OfferedTasksTaskManager)
		save("すべての未完了タスク", "すべての案件の未完了のタスク（期限の早い順）", 10, "#8250df",
				this.taskService.createTaskQuery().orderByDueDate().asc(),
				List.of(StaffGroup.ASSESSMENT_MANAGERS.id()));
	}

	private void save(String name, String description, int priority, String color, TaskQuery query,
			List<String> sharedWith) {
		Filter filter = this.filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = this.filterService.newTaskFilter(name);
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("refresh", true);
		properties.put("variables", CASE_VARIABLES);
		properties.put("showUndefinedVariable", false);
		filter.setQuery(query);
		filter.setProperties(properties);
		filter = this.filterService.saveFilter(filter);
		for (String group : sharedWith) {
			this.grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
		}
	}

	private static Map<String, String> variable(String name, String label) {
		return Map.of("name", name, "label", label);
	}

}
