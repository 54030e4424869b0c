package jp.pmark.workflow.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Writes the case view of a task: task-local variables that its Camunda Form shows
 * (read-only fields) or starts from (prefilled fields). They live as long as the task;
 * lists and maps are JSON, which Tasklist hands to the form as arrays and objects, and
 * dates are {@code yyyy-MM-dd} text as form-js date fields expect.
 */
public final class CaseView {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final DelegateTask task;

	private CaseView(DelegateTask task) {
		this.task = task;
	}

	public static CaseView of(DelegateTask task) {
		return new CaseView(task);
	}

	public CaseView set(String name, Object value) {
		if (value == null) {
			this.task.setVariableLocal(name, null);
		}
		else if (value instanceof LocalDate date) {
			this.task.setVariableLocal(name, date.toString());
		}
		else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			try {
				this.task.setVariableLocal(name, SpinValues.jsonValue(JSON.writeValueAsString(value)).create());
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException("view variable " + name + " is not JSON", ex);
			}
		}
		else {
			this.task.setVariableLocal(name, value);
		}
		return this;
	}

	/** The options of a checklist, radio or select: {@code [{label, value}, …]}. */
	public static List<Map<String, String>> options(Map<String, String> valuesToLabels) {
		return valuesToLabels.entrySet().stream().map((entry) -> {
			Map<String, String> option = new LinkedHashMap<>();
			option.put("label", entry.getValue());
			option.put("value", entry.getKey());
			return option;
		}).toList();
	}

}
