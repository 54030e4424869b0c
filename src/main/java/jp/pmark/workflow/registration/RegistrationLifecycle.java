package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.EngineCalls;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a registration (REN-1..REN-3, JIP-2): the steps of
 * {@code PmarkRegistrationProcess}, and what other capabilities tell it: a renewal was
 * received, granted or ended; the registration was cancelled (MRG-1); JIPDEC corrected
 * its validity. Each step reads the dates again, so a step that fires late does what the
 * day calls for.
 */
@Component("registrationLifecycle")
public class RegistrationLifecycle {

	/** What {@code Task_CheckRenewal} finds at the end of validity. */
	enum RenewalState {

		/** The renewal is registered: this registration is continued. */
		RENEWED,
		/** A renewal is still being assessed: valid until its outcome (REN-3). */
		PENDING,
		/** No renewal: the registration lapses (REN-3). */
		NONE

	}

	private final RegistrationRepository registrations;

	private final RegistrationEventRepository events;

	private final Applications applications;

	private final ApplicantService applicants;

	private final RenewalSchedule schedule;

	private final JapaneseBusinessCalendar calendar;

	private final Letters letters;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	private final CurrentUser currentUser;

	RegistrationLifecycle(RegistrationRepository registrations, RegistrationEventRepository events,
			Applications applications, ApplicantService applicants, RenewalSchedule schedule,
			JapaneseBusinessCalendar calendar, Letters letters, RuntimeService runtimeService, EngineCalls engineCalls,
			CurrentUser currentUser) {
		this.registrations = registrations;
		this.events = events;
		this.applications = applications;
		this.applicants = applicants;
		this.schedule = schedule;
		this.calendar = calendar;
		this.letters = letters;
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
		this.currentUser = currentUser;
	}

	/**
	 * JIP-2: a recorded registration starts its life cycle, under the number of the
	 * application that granted it.
	 */
	void start(Registration registration) {
		Applicant applicant = this.applicants.get(registration.getApplicantId());
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.startProcessInstanceByKey(RegistrationProcess.KEY, businessKey(registration),
						Map.of(RegistrationProcess.VAR_REGISTRATION_ID, registration.getId(),
								RegistrationProcess.VAR_REGISTRATION_NUMBER, registration.getRegistrationNumber(),
								RegistrationProcess.VAR_APPLICANT_NAME, applicant.getName())));
	}

	// the steps of the BPMN

	/** REN-3: reminds the business before its renewal window opens. */
	@Transactional
	public void remind(DelegateExecution execution) {
		Registration registration = get(execution);
		RenewalWindow window = this.schedule.window(registration);
		if (!registration.getStatus().isValid() || !window.hasNotOpenedOn(this.calendar.today())) {
			journal(registration, "REMINDER_SKIPPED", "更新申請の案内は送付しませんでした（更新申請受付期間 " + window.describe() + "、状態 "
					+ registration.getStatus().japaneseName() + "）");
			return;
		}
		Map<String, Object> contents = letterHeader(registration);
		contents.put("更新申請受付期間", window.describe());
		contents.put("本文", "貴社のプライバシーマーク登録の有効期間は " + registration.getValidUntil() + " に満了します。更新を希望される場合は、更新申請受付期間（"
				+ window.describe() + "）内に更新申請書類をご提出ください。受付期間の最終日が当センターの休業日に当たるときは、直後の営業日まで受け付けます。");
		sendLetter(registration, "RENEWAL_REMINDER", "プライバシーマーク付与の更新申請のご案内", contents);
		journal(registration, "REMINDER_SENT", "更新申請の案内を送付しました（受付期間 " + window.describe() + "）");
	}

	/** REN-1: the renewal window opened. */
	@Transactional
	public void openWindow(DelegateExecution execution) {
		Registration registration = get(execution);
		RenewalWindow window = this.schedule.window(registration);
		if (registration.getStatus() == RegistrationStatus.VALID) {
			setStatus(registration, RegistrationStatus.RENEWAL_WINDOW_OPEN, "更新申請受付期間 " + window.describe());
		}
		else {
			journal(registration, "WINDOW_OPENED", "更新申請受付期間が始まりました（" + window.describe() + "）");
		}
	}

	/**
	 * REN-3: the window closed; without a renewal application the registration is marked
	 * as lapsing at the end of its validity, and the business is told.
	 */
	@Transactional
	public void closeWindow(DelegateExecution execution) {
		Registration registration = get(execution);
		RenewalWindow window = this.schedule.window(registration);
		if (registration.getStatus() == RegistrationStatus.VALID
				|| registration.getStatus() == RegistrationStatus.RENEWAL_WINDOW_OPEN) {
			markLapsing(registration, window);
		}
		else {
			journal(registration, "WINDOW_CLOSED",
					"更新申請受付期間が終わりました（" + window.describe() + "、状態 " + registration.getStatus().japaneseName() + "）");
		}
	}

	/** REN-3: at the end of validity, whether a renewal continues the registration. */
	@Transactional
	public void checkRenewal(DelegateExecution execution) {
		Registration registration = get(execution);
		String concluded = (String) execution.getVariable(RegistrationProcess.VAR_CONCLUDED_APPLICATION);
		execution.setVariable(RegistrationProcess.VAR_RENEWAL_STATE, renewalState(registration, concluded).name());
	}

	/** The renewal continues the registration under the next number. */
	@Transactional
	public void recordRenewed(DelegateExecution execution) {
		Registration registration = get(execution);
		String next = this.registrations.findByPreviousRegistrationId(registration.getId())
			.map(Registration::getRegistrationNumber)
			.orElse("");
		setStatus(registration, RegistrationStatus.RENEWED, "登録番号 " + next + " に継続");
	}

	/**
	 * REN-3: the validity ended while the renewal is being assessed; the registration
	 * stays valid until the renewal's outcome.
	 */
	@Transactional
	public void extendValidity(DelegateExecution execution) {
		Registration registration = get(execution);
		setStatus(registration, RegistrationStatus.EXTENDED,
				"有効期間 " + registration.getValidUntil() + " 満了、更新審査の結果が出るまで有効");
	}

	/** REN-3: the validity ended without a renewal. */
	@Transactional
	public void recordLapse(DelegateExecution execution) {
		Registration registration = get(execution);
		setStatus(registration, RegistrationStatus.LAPSED, "有効期間 " + registration.getValidUntil() + " の満了により失効");
		Map<String, Object> contents = letterHeader(registration);
		contents.put("本文",
				"貴社のプライバシーマーク登録（登録番号 " + registration.getRegistrationNumber() + "）は、有効期間 "
						+ registration.getValidUntil()
						+ " の満了により効力を失いました。プライバシーマークの使用を中止してください。再びプライバシーマークを希望される場合は、新規に申請してください。");
		sendLetter(registration, "REGISTRATION_LAPSED", "プライバシーマーク登録の有効期間満了について", contents);
	}

	// what other capabilities tell the life cycle

	/**
	 * REN-5: a renewal application was received; the registration waits for its outcome.
	 */
	@Transactional
	void renewalReceived(Registration registration, Application renewal, String actor) {
		setStatus(registration, RegistrationStatus.RENEWAL_APPLIED, actor,
				"更新申請 " + renewal.getApplicationNumber() + " を受け付けました");
	}

	/** REN-5: the renewal was registered under the next number. */
	@Transactional
	void renewalGranted(Registration previous, Registration next, String actor) {
		if (previous.getStatus() == RegistrationStatus.EXTENDED) {
			journal(previous, actor, "RENEWAL_GRANTED", "更新後の登録 " + next.getRegistrationNumber() + " を記録しました");
			return;
		}
		setStatus(previous, RegistrationStatus.RENEWAL_GRANTED, actor, "更新後の登録 " + next.getRegistrationNumber()
				+ "（有効期間 " + next.getValidFrom() + "〜" + next.getValidUntil() + "）");
	}

	/**
	 * A renewal's assessment ended, granted or not. A registration past its validity
	 * learns the outcome now; one still within it goes back to waiting for a renewal, or
	 * lapses at its end when the window has closed (REN-3).
	 */
	@Transactional
	public void renewalConcluded(Application renewal) {
		Registration registration = this.registrations.findById(renewal.getRenewalOfRegistrationId()).orElseThrow();
		journal(registration, "RENEWAL_CONCLUDED",
				"更新申請 " + renewal.getApplicationNumber() + " の審査が終わりました（" + renewal.getStatus().japaneseName() + "）");
		if (registration.getStatus() == RegistrationStatus.EXTENDED) {
			this.engineCalls.onBehalfOfCaller(
					() -> this.runtimeService.createMessageCorrelation(RegistrationProcess.MSG_RENEWAL_CONCLUDED)
						.processInstanceVariableEquals(RegistrationProcess.VAR_REGISTRATION_ID, registration.getId())
						.correlateAll());
		}
		else if (registration.getStatus() == RegistrationStatus.RENEWAL_APPLIED) {
			RenewalWindow window = this.schedule.window(registration);
			if (window.hasClosedBefore(this.calendar.today())) {
				markLapsing(registration, window);
			}
			else {
				setStatus(registration, RegistrationStatus.RENEWAL_WINDOW_OPEN,
						"更新申請受付期間 " + window.describe() + " のうちは、あらためて更新申請ができます");
			}
		}
	}

	/**
	 * MRG-1: the registration is cancelled (解除); its life cycle ends and its timers stop.
	 */
	@Transactional
	public void cancel(Long registrationId, String reason, String actor) {
		end(registrationId, RegistrationStatus.CANCELLED, reason, actor);
	}

	/**
	 * INC-6: the registration is revoked (取消) after an incident; its life cycle ends and
	 * its timers stop.
	 */
	@Transactional
	public void revoke(Long registrationId, String reason, String actor) {
		end(registrationId, RegistrationStatus.REVOKED, reason, actor);
	}

	/**
	 * INC-6: the registration is suspended (一時停止) after an incident: the mark may not be
	 * used until the suspension ends. Its life cycle's timers keep running: the validity
	 * does not stop.
	 */
	@Transactional
	public void suspend(Long registrationId, LocalDate from, LocalDate until, String reason, String actor) {
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		setStatus(registration, RegistrationStatus.SUSPENDED, actor, reason + "（一時停止期間 " + from + "〜" + until + "）");
	}

	/**
	 * INC-6: the suspension ended; the registration stands where its dates and a running
	 * renewal put it. One that lapsed or was ended meanwhile stays so.
	 */
	@Transactional
	public void endSuspension(Long registrationId, String actor) {
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		if (registration.getStatus() != RegistrationStatus.SUSPENDED) {
			journal(registration, actor, "SUSPENSION_ENDED",
					"一時停止期間が終わりました（状態 " + registration.getStatus().japaneseName() + "）");
			return;
		}
		LocalDate today = this.calendar.today();
		RenewalWindow window = this.schedule.window(registration);
		RegistrationStatus status;
		if (this.registrations.findByPreviousRegistrationId(registration.getId()).isPresent()) {
			status = RegistrationStatus.RENEWAL_GRANTED;
		}
		else if (renewalInProgress(registration)) {
			status = today.isAfter(registration.getValidUntil()) ? RegistrationStatus.EXTENDED
					: RegistrationStatus.RENEWAL_APPLIED;
		}
		else {
			status = window.hasNotOpenedOn(today) ? RegistrationStatus.VALID
					: window.contains(today) ? RegistrationStatus.RENEWAL_WINDOW_OPEN : RegistrationStatus.LAPSING;
		}
		changeStatus(registration, status, actor, "一時停止期間の終了による");
	}

	/** REN-5: a renewal application of the registration is being assessed. */
	boolean renewalInProgress(Registration registration) {
		return this.applications.renewalsOf(registration.getId())
			.stream()
			.anyMatch((renewal) -> !renewal.getStatus().isConcluded());
	}

	private void end(Long registrationId, RegistrationStatus status, String reason, String actor) {
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		setStatus(registration, status, actor, reason);
		// a renewal being assessed can no longer continue this registration: its case
		// says
		// so, for the managers to decide whether it ends or goes on as a new application
		this.applications.renewalsOf(registrationId)
			.stream()
			.filter((renewal) -> !renewal.getStatus().isConcluded())
			.forEach((renewal) -> this.applications.journal(renewal.getApplicationNumber(),
					"RENEWED_REGISTRATION_ENDED", "更新元の登録 " + registration.getRegistrationNumber() + " は"
							+ status.japaneseName() + "となりました。この申請を更新として登録することはできません（審査を終了するか、新規申請として扱うかを判断してください）",
					actor));
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.createMessageCorrelation(RegistrationProcess.MSG_REGISTRATION_CANCELLED)
					.processInstanceVariableEquals(RegistrationProcess.VAR_REGISTRATION_ID, registrationId)
					.correlateAll());
	}

	/**
	 * JIPDEC corrected the validity: the registration's life cycle goes back to the step
	 * the new dates call for, and its timers are computed again from them.
	 */
	@Transactional
	void validityCorrected(Registration registration, String actor, String detail) {
		journal(registration, actor, "VALIDITY_CORRECTED", detail);
		LocalDate today = this.calendar.today();
		RenewalWindow window = this.schedule.window(registration);
		RegistrationStatus status = registration.getStatus();
		if (status == RegistrationStatus.VALID || status == RegistrationStatus.RENEWAL_WINDOW_OPEN
				|| status == RegistrationStatus.LAPSING) {
			RegistrationStatus byDate = window.hasNotOpenedOn(today) ? RegistrationStatus.VALID
					: window.contains(today) ? RegistrationStatus.RENEWAL_WINDOW_OPEN : RegistrationStatus.LAPSING;
			if (byDate != status) {
				setStatus(registration, byDate, actor, "有効期間の訂正による");
			}
		}
		else if (status == RegistrationStatus.EXTENDED && !today.isAfter(registration.getValidUntil())) {
			setStatus(registration, RegistrationStatus.RENEWAL_APPLIED, actor, "有効期間の訂正による");
		}
		String restartAt;
		if (today.isBefore(this.schedule.reminderOn(registration))) {
			restartAt = RegistrationProcess.REMINDER_DUE;
		}
		else if (window.hasNotOpenedOn(today)) {
			restartAt = RegistrationProcess.WINDOW_OPENED;
		}
		else if (!window.hasClosedBefore(today)) {
			restartAt = RegistrationProcess.WINDOW_CLOSED;
		}
		else if (!today.isAfter(registration.getValidUntil())) {
			restartAt = RegistrationProcess.VALIDITY_ENDED;
		}
		else {
			return;
		}
		this.engineCalls.onBehalfOfCaller(() -> {
			ProcessInstance instance = lifecycleOf(registration);
			if (instance == null) {
				return;
			}
			ActivityInstance tree = this.runtimeService.getActivityInstance(instance.getId());
			// start first: cancelling the last activity first would end the instance
			var modification = this.runtimeService.createProcessInstanceModification(instance.getId())
				.startBeforeActivity(restartAt);
			for (ActivityInstance child : tree.getChildActivityInstances()) {
				modification.cancelActivityInstance(child.getId());
			}
			modification.execute();
		});
	}

	/** Writes in the registration's journal what another capability did to it (GEN-1). */
	@Transactional
	public void note(Long registrationId, String actor, String event, String detail) {
		journal(this.registrations.findById(registrationId).orElseThrow(), actor, event, detail);
	}

	// reading

	/** The process instance of the registration's life cycle, while it runs. */
	public ProcessInstance lifecycleOf(Registration registration) {
		return this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RegistrationProcess.KEY)
			.variableValueEquals(RegistrationProcess.VAR_REGISTRATION_ID, registration.getId())
			.singleResult());
	}

	public List<RegistrationEvent> journal(Registration registration) {
		return this.events.findByRegistrationIdOrderById(registration.getId());
	}

	/**
	 * RENEWED when the renewal is registered; PENDING while a renewal's assessment runs;
	 * else NONE.
	 * @param concluded a renewal whose assessment just ended, or null
	 */
	RenewalState renewalState(Registration registration, String concluded) {
		if (this.registrations.findByPreviousRegistrationId(registration.getId()).isPresent()) {
			return RenewalState.RENEWED;
		}
		boolean assessed = this.applications.renewalsOf(registration.getId())
			.stream()
			.filter((renewal) -> !renewal.getApplicationNumber().equals(concluded))
			.filter((renewal) -> !renewal.getStatus().isConcluded())
			.anyMatch(this::assessmentRunning);
		return assessed ? RenewalState.PENDING : RenewalState.NONE;
	}

	private boolean assessmentRunning(Application application) {
		return this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(application.getApplicationNumber())
			.count() > 0);
	}

	private void markLapsing(Registration registration, RenewalWindow window) {
		setStatus(registration, RegistrationStatus.LAPSING, "更新申請受付期間 " + window.describe() + " に更新申請がありませんでした");
		Map<String, Object> contents = letterHeader(registration);
		contents.put("更新申請受付期間", window.describe());
		contents.put("本文", "更新申請受付期間（" + window.describe() + "）に更新申請がありませんでしたので、貴社のプライバシーマーク登録は有効期間 "
				+ registration.getValidUntil() + " の満了をもって効力を失います。");
		sendLetter(registration, "RENEWAL_WINDOW_CLOSED", "更新申請受付期間の終了について", contents);
	}

	private Map<String, Object> letterHeader(Registration registration) {
		Applicant applicant = this.applicants.get(registration.getApplicantId());
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("事業者名", applicant.getName());
		contents.put("登録番号", registration.getRegistrationNumber());
		contents.put("有効期間", registration.getValidFrom() + "〜" + registration.getValidUntil());
		return contents;
	}

	private void sendLetter(Registration registration, String kind, String title, Map<String, Object> contents) {
		Applicant applicant = this.applicants.get(registration.getApplicantId());
		this.letters.record(registration.getApplicationId(), kind, title, applicant.recipient(), contents,
				this.currentUser.id());
	}

	private void setStatus(Registration registration, RegistrationStatus status, String detail) {
		setStatus(registration, status, this.currentUser.id(), detail);
	}

	private void setStatus(Registration registration, RegistrationStatus status, String actor, String detail) {
		if (registration.getStatus() == RegistrationStatus.SUSPENDED && status.isValid()) {
			// INC-6: a suspended registration stays suspended until the suspension ends;
			// what its life cycle would have made of it is noted, and the end of the
			// suspension works it out from the dates
			journal(registration, actor, "WHILE_SUSPENDED",
					"一時停止中のため状態は変えません（" + status.japaneseName() + ((detail == null) ? "" : "：" + detail) + "）");
			return;
		}
		changeStatus(registration, status, actor, detail);
	}

	private void changeStatus(Registration registration, RegistrationStatus status, String actor, String detail) {
		registration.setStatus(status);
		this.registrations.save(registration);
		journal(registration, actor, status.name(), status.japaneseName() + ((detail == null) ? "" : "：" + detail));
	}

	private void journal(Registration registration, String event, String detail) {
		journal(registration, this.currentUser.id(), event, detail);
	}

	private void journal(Registration registration, String actor, String event, String detail) {
		this.events.save(new RegistrationEvent(registration.getId(), actor, event, detail));
	}

	private Registration get(DelegateExecution execution) {
		Long id = ((Number) execution.getVariable(RegistrationProcess.VAR_REGISTRATION_ID)).longValue();
		return this.registrations.findById(id).orElseThrow(() -> new IllegalStateException("no registration " + id));
	}

	private String businessKey(Registration registration) {
		return this.applications.get(registration.getApplicationId()).getApplicationNumber();
	}

}
