package jp.pmark.workflow.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jp.pmark.workflow.engine.FormSubmissions;
import jp.pmark.workflow.engine.RefusedFormException;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * The one lookup of the product's forms: a user task's {@link TaskForm} by its process
 * key and task id, a start form by its process key. {@link TaskFormsPlugin} calls it for
 * every user task and start form the engine runs:
 * <ul>
 * <li>a task's form is opened (its variables fetched): it shows the case as it is now
 * ({@link TaskForm#prepare}), from the product's records, never stored;</li>
 * <li>a task form is submitted: the submission is bound to the form's contract, checked
 * and recorded, and the task completes; the submitted values are not stored by the
 * engine;</li>
 * <li>a task is completed without its form (the engine's {@code complete}): refused,
 * since nothing would be recorded;</li>
 * <li>a start form is submitted: bound and checked before the process instance exists,
 * and handed to the process's first service task in memory only.</li>
 * </ul>
 */
@Component("taskForms")
public class TaskForms implements FormSubmissions {

	/**
	 * Transient task-local marker: the task's form was submitted and recorded in this
	 * command.
	 */
	static final String SUBMITTED = "pmarkFormSubmitted";

	/**
	 * Transient variable carrying a start form's submission to its first service task.
	 */
	static final String START_SUBMISSION = "pmarkStartForm";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, TaskForm<?>> taskForms = new HashMap<>();

	private final Map<String, StartForm<?>> startForms = new HashMap<>();

	private final EntityManager entityManager;

	private final List<CaseLetterList> letterLists;

	TaskForms(List<TaskForm<?>> taskForms, List<StartForm<?>> startForms, EntityManager entityManager,
			List<CaseLetterList> letterLists) {
		this.entityManager = entityManager;
		this.letterLists = letterLists;
		for (TaskForm<?> form : taskForms) {
			TaskForm<?> earlier = this.taskForms.put(key(form.process().key(), form.taskKey()), form);
			if (earlier != null) {
				throw new IllegalStateException("two forms for " + form.process().key() + "/" + form.taskKey());
			}
		}
		for (StartForm<?> form : startForms) {
			if (this.startForms.put(form.process().key(), form) != null) {
				throw new IllegalStateException("two start forms for " + form.process().key());
			}
		}
	}

	public Optional<TaskForm<?>> find(String processKey, String taskKey) {
		return Optional.ofNullable(this.taskForms.get(key(processKey, taskKey)));
	}

	public Optional<StartForm<?>> findStart(String processKey) {
		return Optional.ofNullable(this.startForms.get(processKey));
	}

	public List<TaskForm<?>> taskForms() {
		return List.copyOf(this.taskForms.values());
	}

	public List<StartForm<?>> startForms() {
		return List.copyOf(this.startForms.values());
	}

	/** What a task's form shows now, by field name: made when asked, never stored. */
	@Override
	public Map<String, Object> view(String processKey, DelegateTask task) {
		return find(processKey, task.getTaskDefinitionKey()).map((form) -> {
			FormView view = new FormView(task, form.contract(), form.process());
			form.prepare(view);
			if (form.contract().views().contains(CaseLetterList.VIEW)) {
				Set<String> caseKeys = caseKeys(task);
				this.letterLists
					.forEach((list) -> view.show(CaseLetterList.VIEW, list.markdown(task.getId(), caseKeys)));
			}
			return view.values();
		}).orElse(Map.of());
	}

	/**
	 * The case numbers a task works on: its business key, and an invoice's application.
	 */
	private static Set<String> caseKeys(DelegateTask task) {
		Set<String> keys = new java.util.LinkedHashSet<>();
		String businessKey = task.getExecution().getProcessBusinessKey();
		if (businessKey != null) {
			keys.add(businessKey);
		}
		if (task.getExecution().getVariable(TaskCases.APPLICATION_NUMBER) instanceof String number) {
			keys.add(number);
		}
		return keys;
	}

	/** The names of the fields a task's form shows (views and prefills). */
	@Override
	public java.util.Set<String> viewNames(String processKey, String taskKey) {
		return find(processKey, taskKey).map((form) -> {
			java.util.Set<String> names = new java.util.LinkedHashSet<>(form.contract().views());
			names.addAll(form.contract().prefills());
			return names;
		}).orElse(java.util.Set.of());
	}

	/** A task's form was submitted: bind, check, record; then the engine completes it. */
	@Override
	public void submit(String processKey, DelegateTask task, VariableMap submitted) {
		TaskForm<?> form = find(processKey, task.getTaskDefinitionKey())
			.orElseThrow(() -> refusal(RuleViolation.of("variables", RuleId.GEN_2, "task-without-form")));
		if (task instanceof Task plain && plain.getDelegationState() == DelegationState.PENDING) {
			throw refusal(RuleViolation.of("delegation", RuleId.GEN_2, "delegated-task-by-form"));
		}
		record(form, task, submitted);
		task.setVariableLocal(SUBMITTED, Variables.booleanValue(true, true));
	}

	private <I extends Record> void record(TaskForm<I> form, DelegateTask task, VariableMap submitted) {
		Rules rules = new Rules();
		I input = form.contract().bind(submitted, rules);
		refuseIfAny(rules);
		FormContext context = new FormContext(task.getExecution().getProcessBusinessKey(), task.getExecution(),
				form.process());
		refusing(() -> {
			form.validate(input, context, rules);
			refuseIfAny(rules);
			form.complete(input, context);
			// the rows are written now, so that a text too long for its column is this
			// form's refusal (GEN-2), not a failed commit
			this.entityManager.flush();
			return null;
		});
	}

	/**
	 * A suspended case's task (FEE-5: unpaid fees) cannot be claimed or worked until the
	 * case resumes: a refusal of the form on submit-form, a refused request otherwise
	 * (both HTTP 400).
	 */
	@Override
	public void refuseSuspended(boolean formSubmission) {
		List<RuleViolation> violations = List
			.of(RuleViolation.of("variables", RuleId.FEE_5, "case-suspended-unpaid-fees"));
		if (formSubmission) {
			throw refused(violations);
		}
		throw new RuleViolationException(violations);
	}

	/** The engine's plain complete of a task that has a form: refused. */
	@Override
	public void refusePlainCompletion(String processKey, DelegateTask task) {
		if (find(processKey, task.getTaskDefinitionKey()).isPresent()) {
			throw refusal(RuleViolation.of("variables", RuleId.GEN_2, "complete-by-form"));
		}
	}

	/** A task completes: only after its form was submitted in the same command. */
	@Override
	public void checkCompletion(String processKey, DelegateTask task) {
		if (find(processKey, task.getTaskDefinitionKey()).isPresent()
				&& !Boolean.TRUE.equals(task.getVariableLocal(SUBMITTED))) {
			throw refusal(RuleViolation.of("variables", RuleId.GEN_2, "complete-by-form"));
		}
	}

	/** A start form was submitted: bind and check before the process instance exists. */
	@Override
	public void submitStart(String processKey, VariableMap submitted, VariableScope execution) {
		StartForm<?> form = this.startForms.get(processKey);
		if (form == null) {
			throw refusal(RuleViolation.of("variables", RuleId.GEN_2, "process-without-start-form"));
		}
		String json = checkStart(form, submitted);
		execution.setVariableLocal(START_SUBMISSION, Variables.stringValue(json, true));
	}

	private <I extends Record> String checkStart(StartForm<I> form, VariableMap submitted) {
		Rules rules = new Rules();
		I input = form.contract().bind(submitted, rules);
		refuseIfAny(rules);
		refusing(() -> {
			form.validate(input, rules);
			refuseIfAny(rules);
			return null;
		});
		try {
			return JSON.writeValueAsString(FormValues.of(input).asMap());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The start form's submission, for the process's first service task; refused when the
	 * process was not started through its form.
	 */
	public <I extends Record> I startSubmission(DelegateExecution execution, StartForm<I> form) {
		Object json = execution.getProcessInstance().getVariableLocal(START_SUBMISSION);
		if (json == null) {
			// not a refused input but a refused door: the engine's generic start (HTTP
			// 403)
			throw new AuthorizationException(
					RuleViolation.of("process", RuleId.GEN_2, "start-by-form-only").messageJaWithRule());
		}
		try {
			Map<String, Object> values = JSON.readValue(json.toString(),
					new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
					});
			Rules rules = new Rules();
			I input = form.contract().bind(values, rules);
			refuseIfAny(rules);
			return input;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs the work of a form, turning a rule's refusal into a form refusal (HTTP 400 on
	 * {@code submit-form}, with nothing saved).
	 */
	public static <T> T refusing(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (RuleViolationException ex) {
			throw refused(ex.violations());
		}
	}

	private static void refuseIfAny(Rules rules) {
		if (!rules.isEmpty()) {
			throw refused(rules.violations());
		}
	}

	private static RefusedFormException refusal(RuleViolation violation) {
		return refused(List.of(violation));
	}

	private static String key(String processKey, String taskKey) {
		return processKey + "/" + taskKey;
	}

	/**
	 * A refusal of the form (HTTP 400 with the Japanese messages, which Tasklist shows).
	 */
	private static RefusedFormException refused(List<RuleViolation> violations) {
		List<RuleViolation> named = FormLabels.named(violations);
		return new RefusedFormException(named, RuleViolationException.message(named));
	}

}
