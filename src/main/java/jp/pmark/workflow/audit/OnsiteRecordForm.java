package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormTexts;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.JisX0208;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 現地審査の結果を記録する (the team leader, SITE-2, SITE-3, INT-12): the four parts, a finding for
 * each of a) to g), and who attended in what role; a person other than the applicant's
 * officers and employees ends the audit.
 */
@Component
public class OnsiteRecordForm extends AssessmentTaskForm<OnsiteRecordForm.Input> {

	/** 完了 / 中止 (SITE-2, INT-12). */
	public enum OnsiteOutcome {

		COMPLETED, TERMINATED

	}

	/** What the form submits. */
	public record Input(LocalDate heldOn, String attendees, String topInterview, String operationsCheck,
			String siteCheck, String closingSummary, String findingA, String findingB, String findingC, String findingD,
			String findingE, String findingF, String findingG, boolean nonconformitiesFound,
			OnsiteOutcome onsiteOutcome, String terminationReason) {

		/** The records of the four parts (SITE-2), in order. */
		String[] parts() {
			return new String[] { topInterview, operationsCheck, siteCheck, closingSummary };
		}

		/** The findings a) to g) (SITE-3). */
		String[] findings() {
			return new String[] { findingA, findingB, findingC, findingD, findingE, findingF, findingG };
		}

	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "auditTeamText", "onsiteScheduleText", "documentReviewText")
		.prefills("heldOn");

	/**
	 * An attendee line: name, position, 役員 or 従業者 (anything else is not allowed, INT-12).
	 */
	record Attendee(String name, String position, AttendeeRelation relation) {
	}

	private final AuditTeams teams;

	private final DocumentReviewRepository reviews;

	private final OnsiteAuditRepository audits;

	private final OnsiteAttendeeRepository attendees;

	private final JapaneseBusinessCalendar calendar;

	OnsiteRecordForm(Applications applications, AuditTeams teams, DocumentReviewRepository reviews,
			OnsiteAuditRepository audits, OnsiteAttendeeRepository attendees, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(AssessmentProcess.RECORD_ONSITE_AUDIT, CONTRACT, applications, currentUser);
		this.teams = teams;
		this.reviews = reviews;
		this.audits = audits;
		this.attendees = attendees;
		this.calendar = calendar;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("auditTeamText", this.teams.describe(application))
			.show("onsiteScheduleText",
					AuditTexts.onsiteSchedule(this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId())))
			.show("documentReviewText",
					AuditTexts.review(this.reviews.findFirstByApplicationIdOrderByIdDesc(application.getId())))
			.prefill("heldOn",
					this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId())
						.map(OnsiteAudit::getScheduledOn)
						.orElse(null));
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		AuditRules.onsiteRecord(input, this.calendar.today(), rules);
	}

	@Override
	@Transactional
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		OnsiteAudit audit = this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
		boolean completed = input.onsiteOutcome() == OnsiteOutcome.COMPLETED;
		boolean nonconformities = completed && input.nonconformitiesFound();
		audit.record(input.heldOn(), input.onsiteOutcome().name(), input.parts(), input.findings(), nonconformities,
				this.currentUser.id());
		this.audits.save(audit);
		for (Attendee attendee : parseAttendees(input, new Rules())) {
			this.attendees
				.save(new OnsiteAttendee(audit.getId(), attendee.name(), attendee.position(), attendee.relation()));
		}
		this.applications.journal(context.businessKey(), completed ? "ONSITE_AUDITED" : "ONSITE_TERMINATED",
				completed ? "現地審査を行いました（" + input.heldOn() + "、指摘事項" + (nonconformities ? "あり" : "なし") + "）"
						: "現地審査を中止しました：" + input.terminationReason(),
				this.currentUser.id());
		context.route(AssessmentProcess.VAR_ONSITE_OUTCOME, input.onsiteOutcome().name());
		context.route(AssessmentProcess.VAR_NONCONFORMITIES_FOUND, nonconformities);
	}

	static List<Attendee> parseAttendees(Input input, Rules rules) {
		List<Attendee> result = new ArrayList<>();
		int lineNumber = 0;
		for (String line : FormTexts.lines(input.attendees())) {
			lineNumber++;
			String[] parts = line.split("[,，、]");
			if (parts.length != 3 || parts[0].isBlank()) {
				rules.refuse("attendees", RuleId.INT_12, "line-must-name-position-officer", lineNumber, line);
				continue;
			}
			result.add(new Attendee(JisX0208.degrade(parts[0].trim()).text(), parts[1].trim(),
					AttendeeRelation.parse(parts[2])));
		}
		return result;
	}

}
