package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationStatus;
import jp.pmark.workflow.registration.Registrations;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * 欠格レベルと措置を決定する (committee, INC-6): the committee, with outside experts, judges the
 * disqualification level and takes a measure: caution, advice, suspension of 1 to under
 * 12 months, or revocation (or none). Form {@code forms/incident-judgement.form}.
 */
@Component
class JudgeIncidentForm implements TaskForm {

	private final Incidents incidents;

	private final Registrations registrations;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	JudgeIncidentForm(Incidents incidents, Registrations registrations, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.incidents = incidents;
		this.registrations = registrations;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return IncidentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return IncidentProcess.JUDGE;
	}

	@Override
	public void prepare(DelegateTask task) {
		Incident incident = this.incidents.get(task.getExecution().getProcessBusinessKey());
		CaseView.of(task)
			.set("caseSummary", this.incidents.summary(incident))
			.set("deadlinesText", this.incidents.deadlinesText(incident))
			.set("reportsText", this.incidents.reportsText(incident))
			.set("decidedOn", this.calendar.today())
			.set("measureNote", (incident.getRegistrationId() == null) ? "この事業者には登録がないため、一時停止・取消は選べません。"
					: "一時停止・取消は登録の状態を変えます（取消は登録を終了します）。");
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		Incident incident = this.incidents.get(input.businessKey());
		IncidentMeasure measure = IncidentStartForm.parse(IncidentMeasure.class, input.text("measure"));
		rules.require(input.has("levelText"), "levelText", "INC-6", "欠格レベル（該当する規約の項目と判断）を入力してください。",
				"Enter the disqualification level.");
		if (measure == null) {
			rules.refuse("measure", "INC-6", "措置（措置なし・注意・勧告・一時停止・取消）を選んでください。", "Choose the measure.");
		}
		else {
			if (measure == IncidentMeasure.SUSPENSION) {
				Long months = input.number("suspensionMonths");
				rules.require(months != null && months >= 1 && months <= 11, "suspensionMonths", "INC-6",
						"一時停止の期間は1か月以上1年未満（1〜11か月）です。", "A suspension lasts 1 to 11 months.");
			}
			rules.require(!measure.needsRegistration() || incident.getRegistrationId() != null, "measure", "INC-6",
					"一時停止・取消は付与事業者の登録に対する措置です。この事業者には登録がありません。", "Suspension and revocation act on a registration.");
			if (measure.needsRegistration() && incident.getRegistrationId() != null) {
				// e.g. revoked after another incident while this one waited for its
				// judgement
				Registration registration = this.registrations.get(incident.getRegistrationId());
				RegistrationStatus status = registration.getStatus();
				rules.require(status.isValid() || status == RegistrationStatus.SUSPENDED, "measure", "INC-6", "登録 "
						+ registration.getRegistrationNumber() + " は" + status.japaneseName() + "のため、一時停止・取消はできません。",
						"The registration is no longer in force.");
			}
		}
		rules.require(input.has("committeeMeeting"), "committeeMeeting", "INC-6", "審議した委員会（回次）を入力してください。",
				"Enter the committee meeting.");
		rules.require(input.has("outsideExperts"), "outsideExperts", "INC-6", "審議に加わった外部有識者を入力してください。",
				"Enter the outside experts who took part.");
		rules.require(input.has("decisionReason"), "decisionReason", "INC-6", "判断の理由を入力してください（事業者に送付します）。",
				"Enter the reason.");
		LocalDate decidedOn = input.date("decidedOn");
		rules.require(
				decidedOn != null && !decidedOn.isAfter(this.calendar.today())
						&& !decidedOn.isBefore(incident.getDiscoveredOn()),
				"decidedOn", "INC-6", "決定日（発覚日から今日まで）を入力してください。", "Enter the day of the decision.");
		for (String field : new String[] { "levelText", "decisionReason", "committeeMeeting", "outsideExperts" }) {
			rules.add(IndividualNumbers.check(field, input.text(field)));
		}
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		IncidentMeasure measure = IncidentMeasure.valueOf(input.text("measure"));
		Long months = input.number("suspensionMonths");
		this.incidents.judged(this.incidents.get(input.businessKey()), input.text("levelText"), measure,
				(months == null) ? null : months.intValue(), input.text("committeeMeeting"),
				input.text("outsideExperts"), input.text("decisionReason"), input.date("decidedOn"),
				this.currentUser.id());
		task.setVariable(IncidentProcess.VAR_MEASURE, measure.name());
	}

}
