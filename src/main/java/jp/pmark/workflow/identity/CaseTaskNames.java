package jp.pmark.workflow.identity;

import java.util.ArrayList;
import java.util.List;

import jp.pmark.workflow.engine.TaskNaming;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * A task is named with its case (issue 14, finding work): 申請書類を確認する（PM2026-0010
 * ひばり会計事務所株式会社）. Tasklist's search box searches task names, so a clerk finds the work of
 * a case by its application, report or registration number, or by the business's name as
 * it is stored. The list still shows the same facts as labelled variables.
 */
@Component
class CaseTaskNames implements TaskNaming {

	/** The engine keeps a task's name in 255 characters. */
	static final int NAME_LENGTH = 255;

	/** The routing variables that name a case, in the order they are shown. */
	static final List<String> CASE_KEYS = List.of("registrationNumber", "applicantName");

	@Override
	public void name(DelegateTask task) {
		String name = task.getName();
		if (name == null || task.getExecution() == null) {
			return;
		}
		List<String> parts = new ArrayList<>();
		String businessKey = task.getExecution().getProcessBusinessKey();
		if (businessKey != null && !businessKey.isBlank()) {
			parts.add(businessKey);
		}
		for (String key : CASE_KEYS) {
			Object value = task.getVariable(key);
			if (value instanceof String text && !text.isBlank() && !parts.contains(text)) {
				parts.add(text.strip());
			}
		}
		if (parts.isEmpty()) {
			return;
		}
		String named = name + "（" + String.join("　", parts) + "）";
		if (named.length() > NAME_LENGTH) {
			named = named.substring(0, NAME_LENGTH - 2) + "…）";
		}
		task.setName(named);
	}

}
