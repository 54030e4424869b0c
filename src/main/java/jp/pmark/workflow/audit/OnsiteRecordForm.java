package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.JisX0208;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 現地審査の結果を記録する (the team leader, SITE-2, SITE-3, INT-12): the four parts, a finding for
 * each of a) to g), and who attended in what role; a person other than the applicant's
 * officers and employees ends the audit.
 */
@Component
class OnsiteRecordForm implements TaskForm {

	/**
	 * An attendee line: name, position, 役員 or 従業者 (anything else is not allowed, INT-12).
	 */
	record Attendee(String name, String position, AttendeeRelation relation) {
	}

	private final Applications applications;

	private final AuditTeams teams;

	private final DocumentReviewRepository reviews;

	private final OnsiteAuditRepository audits;

	private final OnsiteAttendeeRepository attendees;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	OnsiteRecordForm(Applications applications, AuditTeams teams, DocumentReviewRepository reviews,
			OnsiteAuditRepository audits, OnsiteAttendeeRepository attendees, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.applications = applications;
		this.teams = teams;
		this.reviews = reviews;
		this.audits = audits;
		this.attendees = attendees;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.RECORD_ONSITE_AUDIT;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("auditTeamText", this.teams.describe(application))
			.set("onsiteScheduleText",
					AuditTexts.onsiteSchedule(this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId())))
			.set("documentReviewText",
					AuditTexts.review(this.reviews.findFirstByApplicationIdOrderByIdDesc(application.getId())))
			.set("heldOn",
					this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId())
						.map(OnsiteAudit::getScheduledOn)
						.orElse(null));
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		String outcome = input.text("onsiteOutcome");
		rules.require("COMPLETED".equals(outcome) || "TERMINATED".equals(outcome), "onsiteOutcome", "SITE-2",
				"現地審査の結果（完了・中止）を選んでください。", "Choose whether the audit was completed.");
		LocalDate heldOn = input.date("heldOn");
		rules.require(heldOn != null && !heldOn.isAfter(this.calendar.today()), "heldOn", "SITE-2",
				"現地審査を行った日（今日以前）を入力してください。", "Enter the day the audit was held (today or earlier).");
		List<Attendee> attendees = parseAttendees(input, rules);
		rules.require(!attendees.isEmpty(), "attendees", "INT-12", "対応・立会いした方を1行に1人ずつ「氏名, 役職, 役員または従業者」の形で入力してください。",
				"Enter each attendee as 'name, position, officer or employee'.");
		List<String> others = attendees.stream()
			.filter((attendee) -> attendee.relation() == AttendeeRelation.OTHER)
			.map(Attendee::name)
			.toList();
		if ("COMPLETED".equals(outcome)) {
			rules.require(others.isEmpty(), "attendees", "INT-12",
					"申請者の役職員以外の者（" + String.join("、", others) + "）が対応・立会いしたため、審査を完了できません。「中止」を選んでください。",
					"Someone other than the applicant's officers and employees attended; the audit must be terminated.");
			for (int i = 0; i < 4; i++) {
				rules.require(input.has(AuditTexts.SITE2_FIELDS[i]), AuditTexts.SITE2_FIELDS[i], "SITE-2",
						AuditTexts.SITE2[i] + " の記録を入力してください。", "Record part " + (i + 1) + " of the audit.");
			}
			for (int i = 0; i < 7; i++) {
				rules.require(input.has(AuditTexts.SITE3_FIELDS[i]), AuditTexts.SITE3_FIELDS[i], "SITE-3",
						AuditTexts.SITE3[i] + " の所見を入力してください。",
						"Enter the finding on " + AuditTexts.SITE3_FIELDS[i] + ".");
			}
		}
		else if ("TERMINATED".equals(outcome)) {
			rules.require(input.has("terminationReason"), "terminationReason", "INT-12", "審査を中止した理由を入力してください。",
					"Enter why the audit was terminated.");
		}
		for (String field : new String[] { "attendees", "topInterview", "operationsCheck", "siteCheck",
				"closingSummary", "terminationReason" }) {
			rules.add(IndividualNumbers.check(field, input.text(field)));
		}
		for (String field : AuditTexts.SITE3_FIELDS) {
			rules.add(IndividualNumbers.check(field, input.text(field)));
		}
	}

	@Override
	@Transactional
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		OnsiteAudit audit = this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
		String[] parts = new String[4];
		for (int i = 0; i < 4; i++) {
			parts[i] = input.text(AuditTexts.SITE2_FIELDS[i]);
		}
		String[] findings = new String[7];
		for (int i = 0; i < 7; i++) {
			findings[i] = input.text(AuditTexts.SITE3_FIELDS[i]);
		}
		boolean completed = "COMPLETED".equals(input.text("onsiteOutcome"));
		boolean nonconformities = completed && input.bool("nonconformitiesFound");
		audit.record(input.date("heldOn"), input.text("onsiteOutcome"), parts, findings, nonconformities,
				this.currentUser.id());
		this.audits.save(audit);
		for (Attendee attendee : parseAttendees(input, new Rules())) {
			this.attendees
				.save(new OnsiteAttendee(audit.getId(), attendee.name(), attendee.position(), attendee.relation()));
		}
		this.applications.journal(input.businessKey(), completed ? "ONSITE_AUDITED" : "ONSITE_TERMINATED",
				completed ? "現地審査を行いました（" + input.date("heldOn") + "、指摘事項" + (nonconformities ? "あり" : "なし") + "）"
						: "現地審査を中止しました：" + input.text("terminationReason"),
				this.currentUser.id());
		task.setVariable(AssessmentProcess.VAR_ONSITE_OUTCOME, input.text("onsiteOutcome"));
		task.setVariable(AssessmentProcess.VAR_NONCONFORMITIES_FOUND, nonconformities);
	}

	static List<Attendee> parseAttendees(FormInput input, Rules rules) {
		List<Attendee> result = new ArrayList<>();
		int lineNumber = 0;
		for (String line : input.lines("attendees")) {
			lineNumber++;
			String[] parts = line.split("[,，、]");
			if (parts.length != 3 || parts[0].isBlank()) {
				rules.refuse("attendees", "INT-12", lineNumber + "行目「" + line + "」を「氏名, 役職, 役員または従業者」の形で入力してください。",
						"Line " + lineNumber + " must be 'name, position, officer or employee'.");
				continue;
			}
			result.add(new Attendee(JisX0208.degrade(parts[0].trim()).text(), parts[1].trim(),
					AttendeeRelation.parse(parts[2])));
		}
		return result;
	}

}
