package jp.pmark.workflow.identity;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;

/** The product's {@link TaskAudience}s by name, found when first asked. */
final class TaskAudiences {

	private final ObjectProvider<TaskAudience> audiences;

	TaskAudiences(ObjectProvider<TaskAudience> audiences) {
		this.audiences = audiences;
	}

	/** The users of the named audience for the case; nobody for an unknown name. */
	Set<String> users(String name, String processKey, String businessKey) {
		List<TaskAudience> all = this.audiences.orderedStream().toList();
		return all.stream()
			.filter((audience) -> audience.name().equals(name))
			.findFirst()
			.map((audience) -> audience.users(processKey, businessKey))
			.orElse(Set.of());
	}

}
