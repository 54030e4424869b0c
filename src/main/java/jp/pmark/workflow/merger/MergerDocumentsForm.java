package jp.pmark.workflow.merger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;

import org.springframework.stereotype.Component;

/** 合併・分社等の書類を受け付ける (reception, MRG-1): every document the table calls for. */
@Component
public class MergerDocumentsForm extends MergerTaskForm<MergerDocumentsForm.Input> {

	/** What the form submits. */
	public record Input(List<MergerDocumentType> receivedDocuments, LocalDate documentsReceivedOn) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "documentOptions")
		.prefills("documentsReceivedOn");

	private final JapaneseBusinessCalendar calendar;

	MergerDocumentsForm(MergerCases cases, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(MergerProcess.RECEIVE_DOCUMENTS, CONTRACT, cases, currentUser);
		this.calendar = calendar;
	}

	@Override
	public void prepare(FormView view) {
		MergerCase mergerCase = reached(view.businessKey(), MergerCase.State.COLLECTING_DOCUMENTS);
		Map<String, String> options = new LinkedHashMap<>();
		for (MergerDocumentType type : mergerCase.documentsDue()) {
			options.put(type.name(), type.japaneseName());
		}
		view.show("caseSummary", this.cases.summary(mergerCase))
			.show("documentOptions", FormView.options(options))
			.prefill("documentsReceivedOn", this.calendar.today());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		MergerRules.checkDocuments(this.cases.get(context.businessKey()).documentsDue(), input, this.calendar.today(),
				rules);
	}

	@Override
	public void complete(Input input, FormContext context) {
		MergerCase mergerCase = this.cases.get(context.businessKey());
		List<MergerDocumentType> received = new ArrayList<>();
		for (MergerDocumentType type : mergerCase.documentsDue()) {
			if (input.receivedDocuments().contains(type)) {
				received.add(type);
			}
		}
		this.cases.documentsReceived(mergerCase, received, input.documentsReceivedOn(), this.currentUser.id());
	}

}
