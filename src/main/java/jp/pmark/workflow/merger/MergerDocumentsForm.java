package jp.pmark.workflow.merger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/** 合併・分社等の書類を受け付ける (reception, MRG-1): every document the table calls for. */
@Component
class MergerDocumentsForm implements TaskForm {

	private final MergerCases cases;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	MergerDocumentsForm(MergerCases cases, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		this.cases = cases;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return MergerProcess.KEY;
	}

	@Override
	public String taskKey() {
		return MergerProcess.RECEIVE_DOCUMENTS;
	}

	@Override
	public void prepare(DelegateTask task) {
		MergerCase mergerCase = this.cases.get(task.getExecution().getProcessBusinessKey());
		this.cases.reached(mergerCase, MergerCase.State.COLLECTING_DOCUMENTS);
		Map<String, String> options = new LinkedHashMap<>();
		for (MergerDocumentType type : mergerCase.documentsDue()) {
			options.put(type.name(), type.japaneseName());
		}
		CaseView.of(task)
			.set("caseSummary", this.cases.summary(mergerCase))
			.set("documentOptions", CaseView.options(options))
			.set("documentsReceivedOn", this.calendar.today());
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		MergerCase mergerCase = this.cases.get(input.businessKey());
		List<String> received = input.list("receivedDocuments");
		for (MergerDocumentType type : mergerCase.documentsDue()) {
			rules.require(received.contains(type.name()), "receivedDocuments", "MRG-1",
					"「" + type.japaneseName() + "」が届いていません。すべての提出書類がそろってから完了してください。",
					"Document " + type.name() + " has not arrived.");
		}
		LocalDate receivedOn = input.date("documentsReceivedOn");
		rules.require(receivedOn != null && !receivedOn.isAfter(this.calendar.today()), "documentsReceivedOn", "MRG-1",
				"書類がそろった日（今日まで）を入力してください。", "Enter the day the documents were complete.");
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		MergerCase mergerCase = this.cases.get(input.businessKey());
		List<MergerDocumentType> received = new ArrayList<>();
		for (MergerDocumentType type : mergerCase.documentsDue()) {
			if (input.list("receivedDocuments").contains(type.name())) {
				received.add(type);
			}
		}
		this.cases.documentsReceived(mergerCase, received, input.date("documentsReceivedOn"), this.currentUser.id());
	}

}
