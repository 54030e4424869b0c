package jp.pmark.workflow.incident;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;

import org.springframework.stereotype.Component;

/** 確報の遅れに対応する (assessment managers, INC-4). */
@Component
class FollowUpFinalReportForm extends FollowUpReportForm {

	FollowUpFinalReportForm(Incidents incidents, IncidentTexts texts, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(IncidentProcess.FOLLOW_UP_FINAL, incidents, texts, calendar, currentUser);
	}

	@Override
	ReportKind kind() {
		return ReportKind.FINAL;
	}

}
