package jp.pmark.workflow.incident;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;

import org.springframework.stereotype.Component;

/** 確報を受け付ける (reception, INC-2). */
@Component
class ReceiveFinalReportForm extends ReceiveReportForm {

	ReceiveFinalReportForm(Incidents incidents, IncidentTexts texts, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(IncidentProcess.RECEIVE_FINAL, incidents, texts, calendar, currentUser);
	}

	@Override
	ReportKind kind() {
		return ReportKind.FINAL;
	}

}
