package jp.pmark.workflow.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.guard.JapaneseDates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What a task's form shows: its view fields and the prefills of its input fields, made
 * from the product's records when the form's variables are fetched (Tasklist's
 * {@code form-variables}), never stored: the engine keeps no copy of them, in its runtime
 * or its history, and the form always shows the case as it is now. They are never read
 * back as a decision: only names the form's contract declares are shown, and never the
 * name of a variable the process keeps, so a view can shadow neither a submission nor
 * routing. Lists and maps are JSON (Tasklist hands them to form-js as arrays and
 * objects), and so is a text longer than the engine's text variables (Tasklist hands it
 * over as the same text); dates are {@code yyyy-MM-dd} text, as form-js date fields
 * expect.
 */
public final class FormView {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The most characters of a text variable the engine keeps (its TEXT_ columns). */
	private static final int ENGINE_TEXT_LENGTH = 4000;

	private final DelegateTask task;

	private final FormContract<?> contract;

	private final ProcessModel process;

	private final Map<String, Object> values = new LinkedHashMap<>();

	FormView(DelegateTask task, FormContract<?> contract, ProcessModel process) {
		this.task = task;
		this.contract = contract;
		this.process = process;
	}

	/** The task's id (for links the form shows, e.g. {@link CaseFiles#link}). */
	public String taskId() {
		return this.task.getId();
	}

	/** The case's number: the process instance's business key. */
	public String businessKey() {
		return this.task.getExecution().getProcessBusinessKey();
	}

	/** A variable the process keeps (to decide what to show). */
	public Object routing(String name) {
		if (!this.process.keeps(name)) {
			throw new IllegalStateException(name + " is not a variable of " + this.process.key());
		}
		return this.task.getExecution().getProcessInstance().getVariable(name);
	}

	/** Shows a read-only field (or offers an option list) that the contract declares. */
	public FormView show(String name, Object value) {
		if (!this.contract.views().contains(name)) {
			throw new IllegalStateException(name + " is not a view field of " + this.contract.inputType().getName());
		}
		return write(name, value);
	}

	/** Prefills an input field that the contract declares as prefilled. */
	public FormView prefill(String name, Object value) {
		if (!this.contract.prefills().contains(name)) {
			throw new IllegalStateException(
					name + " is not a prefilled field of " + this.contract.inputType().getName());
		}
		return write(name, value);
	}

	private FormView write(String name, Object value) {
		if (this.process.keeps(name)) {
			throw new IllegalStateException(
					name + " is a variable of " + this.process.key() + "; a view may not shadow it");
		}
		if (value == null) {
			this.values.put(name, null);
		}
		else if (value instanceof LocalDate date) {
			// shown as staff read it; read back by JapaneseDates when submitted
			this.values.put(name, JapaneseDates.show(date));
		}
		else if (value instanceof Enum<?> constant) {
			this.values.put(name, constant.name());
		}
		else if (value instanceof Collection<?> || value instanceof Map<?, ?>
				|| (value instanceof String text && text.length() > ENGINE_TEXT_LENGTH)) {
			// GEN-2: a view made of long texts (each fits its own column) is kept
			// whole as JSON, and Tasklist shows the same text
			try {
				this.values.put(name, SpinValues.jsonValue(JSON.writeValueAsString(value)).create());
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException("view variable " + name + " is not JSON", ex);
			}
		}
		else {
			this.values.put(name, value);
		}
		return this;
	}

	/** What the form shows, by field name (a JSON value or a plain one). */
	Map<String, Object> values() {
		return this.values;
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
