package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a registration (REN-1..REN-3, JIP-2): the steps of
 * {@code PmarkRegistrationProcess}, and what other capabilities tell it: a renewal was
 * received, granted or ended; the registration was cancelled (MRG-1); JIPDEC corrected
 * its validity. Each step reads the dates again, so a step that fires late does what the
 * day calls for.
 * <p>
 * Longer than 300 lines on purpose: every change of a registration's status passes
 * through here, so that the rules of a suspension (INC-6), a running renewal (REN-5) and
 * the dates (REN-3) are applied the same way whoever asks; the rules themselves are in
 * {@link LifecycleRules}, the letters, the journal and the engine's side in classes of
 * their own.
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

	private final RegistrationStatusLog log;

	private final Applications applications;

	private final ApplicantService applicants;

	private final RenewalSchedule schedule;

	private final JapaneseBusinessCalendar calendar;

	private final RegistrationLetters letters;

	private final LifecycleInstances instances;

	RegistrationLifecycle(RegistrationRepository registrations, RegistrationStatusLog log, Applications applications,
			ApplicantService applicants, RenewalSchedule schedule, JapaneseBusinessCalendar calendar,
			RegistrationLetters letters, LifecycleInstances instances) {
		this.registrations = registrations;
		this.log = log;
		this.applications = applications;
		this.applicants = applicants;
		this.schedule = schedule;
		this.calendar = calendar;
		this.letters = letters;
		this.instances = instances;
	}

	/**
	 * JIP-2: a recorded registration starts its life cycle, under the number of the
	 * application that granted it.
	 */
	void start(Registration registration) {
		Applicant applicant = this.applicants.get(registration.getApplicantId());
		this.instances.start(registration, businessKey(registration), applicant.getName());
	}

	// the steps of the BPMN

	/** REN-3: reminds the business before its renewal window opens. */
	@Transactional
	public void remind(Long registrationId) {
		Registration registration = get(registrationId);
		RenewalWindow window = this.schedule.window(registration);
		if (!registration.getStatus().isValid() || !window.hasNotOpenedOn(this.calendar.today())) {
			this.log.write(registration, "REMINDER_SKIPPED", "更新申請の案内は送付しませんでした（更新申請受付期間 " + window.describe() + "、状態 "
					+ registration.getStatus().japaneseName() + "）");
			return;
		}
		this.letters.reminder(registration, window);
		this.log.write(registration, "REMINDER_SENT", "更新申請の案内を送付しました（受付期間 " + window.describe() + "）");
	}

	/** REN-1: the renewal window opened. */
	@Transactional
	public void openWindow(Long registrationId) {
		Registration registration = get(registrationId);
		RenewalWindow window = this.schedule.window(registration);
		if (registration.getStatus() == RegistrationStatus.VALID) {
			this.log.set(registration, RegistrationStatus.RENEWAL_WINDOW_OPEN, "更新申請受付期間 " + window.describe());
		}
		else {
			this.log.write(registration, "WINDOW_OPENED", "更新申請受付期間が始まりました（" + window.describe() + "）");
		}
	}

	/**
	 * REN-3: the window closed; without a renewal application the registration is marked
	 * as lapsing at the end of its validity, and the business is told.
	 */
	@Transactional
	public void closeWindow(Long registrationId) {
		Registration registration = get(registrationId);
		RenewalWindow window = this.schedule.window(registration);
		if (registration.getStatus() == RegistrationStatus.VALID
				|| registration.getStatus() == RegistrationStatus.RENEWAL_WINDOW_OPEN) {
			markLapsing(registration, window);
		}
		else {
			this.log.write(registration, "WINDOW_CLOSED",
					"更新申請受付期間が終わりました（" + window.describe() + "、状態 " + registration.getStatus().japaneseName() + "）");
		}
	}

	/** The renewal continues the registration under the next number. */
	@Transactional
	public void recordRenewed(Long registrationId) {
		Registration registration = get(registrationId);
		String next = this.registrations.findByPreviousRegistrationId(registration.getId())
			.map(Registration::getRegistrationNumber)
			.orElse("");
		this.log.set(registration, RegistrationStatus.RENEWED, "登録番号 " + next + " に継続");
	}

	/**
	 * REN-3: the validity ended while the renewal is being assessed; the registration
	 * stays valid until the renewal's outcome.
	 */
	@Transactional
	public void extendValidity(Long registrationId) {
		Registration registration = get(registrationId);
		this.log.set(registration, RegistrationStatus.EXTENDED,
				"有効期間 " + registration.getValidUntil() + " 満了、更新審査の結果が出るまで有効");
	}

	/** REN-3: the validity ended without a renewal. */
	@Transactional
	public void recordLapse(Long registrationId) {
		Registration registration = get(registrationId);
		this.log.set(registration, RegistrationStatus.LAPSED, "有効期間 " + registration.getValidUntil() + " の満了により失効");
		this.letters.lapsed(registration);
	}

	// what other capabilities tell the life cycle

	/**
	 * REN-5: a renewal application was received; the registration waits for its outcome.
	 */
	@Transactional
	void renewalReceived(Registration registration, Application renewal, String actor) {
		this.log.set(registration, RegistrationStatus.RENEWAL_APPLIED, actor,
				"更新申請 " + renewal.getApplicationNumber() + " を受け付けました");
	}

	/** REN-5: the renewal was registered under the next number. */
	@Transactional
	void renewalGranted(Registration previous, Registration next, String actor) {
		if (previous.getStatus() == RegistrationStatus.EXTENDED) {
			this.log.write(previous, actor, "RENEWAL_GRANTED", "更新後の登録 " + next.getRegistrationNumber() + " を記録しました");
			return;
		}
		this.log.set(previous, RegistrationStatus.RENEWAL_GRANTED, actor, "更新後の登録 " + next.getRegistrationNumber()
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
		this.log.write(registration, "RENEWAL_CONCLUDED",
				"更新申請 " + renewal.getApplicationNumber() + " の審査が終わりました（" + renewal.getStatus().japaneseName() + "）");
		if (registration.getStatus() == RegistrationStatus.EXTENDED) {
			this.instances.renewalConcluded(registration.getId());
		}
		else if (registration.getStatus() == RegistrationStatus.RENEWAL_APPLIED) {
			RenewalWindow window = this.schedule.window(registration);
			if (window.hasClosedBefore(this.calendar.today())) {
				markLapsing(registration, window);
			}
			else {
				this.log.set(registration, RegistrationStatus.RENEWAL_WINDOW_OPEN,
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
		this.log.set(registration, RegistrationStatus.SUSPENDED, actor, reason + "（一時停止期間 " + from + "〜" + until + "）");
	}

	/**
	 * INC-6: the suspension ended; the registration stands where its dates and a running
	 * renewal put it. One that lapsed or was ended meanwhile stays so.
	 */
	@Transactional
	public void endSuspension(Long registrationId, String actor) {
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		if (registration.getStatus() != RegistrationStatus.SUSPENDED) {
			this.log.write(registration, actor, "SUSPENSION_ENDED",
					"一時停止期間が終わりました（状態 " + registration.getStatus().japaneseName() + "）");
			return;
		}
		RegistrationStatus status = LifecycleRules.afterSuspension(
				this.registrations.findByPreviousRegistrationId(registration.getId()).isPresent(),
				renewalInProgress(registration), this.schedule.window(registration), this.calendar.today());
		this.log.change(registration, status, actor, "一時停止期間の終了による");
	}

	/** REN-5: a renewal application of the registration is being assessed. */
	boolean renewalInProgress(Registration registration) {
		return this.applications.renewalsOf(registration.getId())
			.stream()
			.anyMatch((renewal) -> !renewal.getStatus().isConcluded());
	}

	private void end(Long registrationId, RegistrationStatus status, String reason, String actor) {
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		this.log.set(registration, status, actor, reason);
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
		this.instances.ended(registrationId);
	}

	/**
	 * JIPDEC corrected the validity: the registration's life cycle goes back to the step
	 * the new dates call for, and its timers are computed again from them.
	 */
	@Transactional
	void validityCorrected(Registration registration, String actor, String detail) {
		this.log.write(registration, actor, "VALIDITY_CORRECTED", detail);
		LocalDate today = this.calendar.today();
		RenewalWindow window = this.schedule.window(registration);
		LifecycleRules.afterCorrection(registration.getStatus(), window, today)
			.ifPresent((status) -> this.log.set(registration, status, actor, "有効期間の訂正による"));
		String restartAt = LifecycleRules.restartAt(window, this.schedule.reminderOn(registration), today).orElse(null);
		if (restartAt == null) {
			return;
		}
		this.instances.restartAt(registration, restartAt);
	}

	/** Writes in the registration's journal what another capability did to it (GEN-1). */
	@Transactional
	public void note(Long registrationId, String actor, String event, String detail) {
		this.log.write(get(registrationId), actor, event, detail);
	}

	// reading

	/** The process instance of the registration's life cycle, while it runs. */
	public ProcessInstance lifecycleOf(Registration registration) {
		return this.instances.of(registration);
	}

	public List<RegistrationEvent> journal(Registration registration) {
		return this.log.of(registration);
	}

	/**
	 * RENEWED when the renewal is registered; PENDING while a renewal's assessment runs;
	 * else NONE.
	 * @param concluded a renewal whose assessment just ended, or null
	 */
	RenewalState renewalState(Long registrationId, String concluded) {
		Registration registration = get(registrationId);
		if (this.registrations.findByPreviousRegistrationId(registration.getId()).isPresent()) {
			return RenewalState.RENEWED;
		}
		boolean assessed = this.applications.renewalsOf(registration.getId())
			.stream()
			.filter((renewal) -> !renewal.getApplicationNumber().equals(concluded))
			.filter((renewal) -> !renewal.getStatus().isConcluded())
			.anyMatch((renewal) -> this.instances.assessmentRunning(renewal.getApplicationNumber()));
		return assessed ? RenewalState.PENDING : RenewalState.NONE;
	}

	private void markLapsing(Registration registration, RenewalWindow window) {
		this.log.set(registration, RegistrationStatus.LAPSING, "更新申請受付期間 " + window.describe() + " に更新申請がありませんでした");
		this.letters.windowClosed(registration, window);
	}

	private Registration get(Long id) {
		return this.registrations.findById(id).orElseThrow(() -> new IllegalStateException("no registration " + id));
	}

	private String businessKey(Registration registration) {
		return this.applications.get(registration.getApplicationId()).getApplicationNumber();
	}

}
