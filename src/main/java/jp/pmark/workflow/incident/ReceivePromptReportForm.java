package jp.pmark.workflow.incident;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;

import org.springframework.stereotype.Component;

/** 速報を受け付ける (reception, INC-3). */
@Component
class ReceivePromptReportForm extends ReceiveReportForm {

	ReceivePromptReportForm(Incidents incidents, IncidentTexts texts, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(IncidentProcess.RECEIVE_PROMPT, incidents, texts, calendar, currentUser);
	}

	@Override
	ReportKind kind() {
		return ReportKind.PROMPT;
	}

}
