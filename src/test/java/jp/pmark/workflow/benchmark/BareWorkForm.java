package jp.pmark.workflow.benchmark;

import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.TaskForm;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The form of the year-of-work benchmark's bare process: it takes a note and records
 * nothing, so that a bare wait state passes the same doors as a real one (claim, form
 * variables, submit-form through the product's refusal of tasks without a form) without
 * any business work. Only in the benchmark's application.
 */
@Component
@ConditionalOnProperty(name = "pmark.benchmark.bare-process", havingValue = "true")
class BareWorkForm implements TaskForm<BareWorkForm.Input> {

	static final String PROCESS = "YearOfWorkBareProcess";

	static final String TASK = "Task_Work";

	/** What the bare form submits. */
	record Input(String note) {
	}

	@Override
	public ProcessModel process() {
		return ProcessModel.of(PROCESS);
	}

	@Override
	public String taskKey() {
		return TASK;
	}

	@Override
	public FormContract<Input> contract() {
		return FormContract.of(Input.class);
	}

	@Override
	public void complete(Input input, FormContext context) {
		// bare: no business work
	}

}
