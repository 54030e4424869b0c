package jp.pmark.workflow.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who sees which tasks.
 *
 * @param oversightGroups groups whose members see every open task (to watch deadlines),
 * though they still work only the tasks offered to them; administrators always see all
 * @param modelGroups per process key, the groups the product lets a deployed model give
 * its tasks and its start: a model naming other groups, or a process the product does not
 * know, gets no grants for them (a designer's upload cannot widen who reads cases)
 */
@ConfigurationProperties("pmark.tasks")
public record TaskAccessProperties(@DefaultValue("assessment-managers") List<String> oversightGroups,
		Map<String, ModelGroups> modelGroups) {

	public TaskAccessProperties {
		modelGroups = (modelGroups == null) ? Map.of() : Map.copyOf(modelGroups);
	}

	/** The groups a process's user tasks and its start may name. */
	public record ModelGroups(Set<String> tasks, Set<String> starters) {

		public ModelGroups {
			tasks = (tasks == null) ? Set.of() : Set.copyOf(tasks);
			starters = (starters == null) ? Set.of() : Set.copyOf(starters);
		}

	}

	/** The groups the product lets the process's model give its tasks and its start. */
	ModelGroups allowed(String processKey) {
		return this.modelGroups.getOrDefault(processKey, new ModelGroups(Set.of(), Set.of()));
	}

}
