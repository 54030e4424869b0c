package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.support.PmarkSpringTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * The life cycle of a registration on engine timers: reminder, window, lapse,
 * cancellation, and a corrected validity that moves the timers.
 */
@PmarkSpringTest
class RegistrationLifecycleTest {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ManagementService managementService;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLifecycle lifecycle;

	@Autowired
	LetterRepository letters;

	@BeforeEach
	void engine() {
		init(this.processEngine);
	}

	@AfterEach
	void clock() {
		ClockUtil.reset();
	}

	/** A registration valid from 2026-12-01 (until 2028-11-30), just recorded. */
	Registration registered() {
		// assessed and decided a month before the validity starts, whatever day the test
		// runs
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		String number = this.driver.toDecision(false);
		String registrationNumber = AssessmentDriver.newRegistrationNumber();
		this.driver.decideAndRegister(number, registrationNumber, LocalDate.of(2026, 12, 1));
		return this.registrations.find(registrationNumber).orElseThrow();
	}

	Job timer(ProcessInstance instance, String activityId) {
		Job job = this.managementService.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
		assertThat(job).as("timer %s", activityId).isNotNull();
		return job;
	}

	/** Moves the clock just past the timer and lets it fire. */
	void fire(Job job) {
		ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(60)));
		this.managementService.executeJob(job.getId());
	}

	static Date at(String isoDateTime) {
		return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
	}

	List<String> letterKinds(Registration registration) {
		return this.letters.findByApplicationIdOrderById(registration.getApplicationId())
			.stream()
			.map(Letter::getKind)
			.toList();
	}

	Registration reload(Registration registration) {
		return this.registrations.get(registration.getId());
	}

	@Test
	@DisplayName("JIP-2 JIP-3 REN-1 REN-2 REN-3 a registration's life runs on engine timers: reminder, window open, window closed without a renewal, lapse")
	void lapsesWithoutRenewal() {
		Registration registration = registered();
		assertThat(registration.getValidUntil()).isEqualTo(LocalDate.of(2028, 11, 30));
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.VALID);
		ProcessInstance instance = this.lifecycle.lifecycleOf(registration);
		Application granting = this.applications.get(registration.getApplicationId());
		assertThat(instance.getBusinessKey()).isEqualTo(granting.getApplicationNumber());

		// the window is 2028-03-31 to 2028-07-30, a Sunday, so to Monday 2028-07-31
		// (REN-2)
		Job reminder = timer(instance, RegistrationProcess.REMINDER_DUE);
		assertThat(reminder.getDuedate()).isEqualTo(at("2028-02-29T09:00:00+09:00"));
		fire(reminder);
		assertThat(letterKinds(registration)).contains("RENEWAL_REMINDER");
		Letter letter = this.letters.findByApplicationIdOrderById(registration.getApplicationId())
			.stream()
			.filter((l) -> l.getKind().equals("RENEWAL_REMINDER"))
			.findFirst()
			.orElseThrow();
		assertThat(letter.getContents()).contains("2028-03-31〜2028-07-31");

		Job opens = timer(instance, RegistrationProcess.WINDOW_OPENED);
		assertThat(opens.getDuedate()).isEqualTo(at("2028-03-31T00:00:00+09:00"));
		fire(opens);
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);

		Job closes = timer(instance, RegistrationProcess.WINDOW_CLOSED);
		assertThat(closes.getDuedate()).isEqualTo(at("2028-08-01T00:00:00+09:00"));
		fire(closes);
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.LAPSING);
		assertThat(letterKinds(registration)).contains("RENEWAL_WINDOW_CLOSED");

		Job ends = timer(instance, RegistrationProcess.VALIDITY_ENDED);
		assertThat(ends.getDuedate()).isEqualTo(at("2028-12-01T00:00:00+09:00"));
		fire(ends);
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.LAPSED);
		assertThat(letterKinds(registration)).contains("REGISTRATION_LAPSED");
		assertThat(instance).isEnded().hasPassed(RegistrationProcess.END_LAPSED);
		assertThat(this.lifecycle.journal(registration)).extracting(RegistrationEvent::getEvent)
			.containsSubsequence("REMINDER_SENT", "RENEWAL_WINDOW_OPEN", "LAPSING", "LAPSED");
	}

	@Test
	@DisplayName("REN-3 a reminder that fires after its window opened is not sent")
	void lateReminderSkipped() {
		Registration registration = registered();
		ProcessInstance instance = this.lifecycle.lifecycleOf(registration);
		ClockUtil.setCurrentTime(at("2028-04-02T10:00:00+09:00"));
		this.managementService.executeJob(timer(instance, RegistrationProcess.REMINDER_DUE).getId());
		assertThat(letterKinds(registration)).doesNotContain("RENEWAL_REMINDER");
		assertThat(this.lifecycle.journal(registration)).extracting(RegistrationEvent::getEvent)
			.contains("REMINDER_SKIPPED");
	}

	@Test
	@DisplayName("JIP-2 JIP-3 REN-1 a corrected validity moves the waiting timer and the window; the end follows the start by two years")
	void correctedValidityMovesTimers() {
		Registration registration = registered();
		ProcessInstance instance = this.lifecycle.lifecycleOf(registration);
		// the window has opened under the old dates
		fire(timer(instance, RegistrationProcess.REMINDER_DUE));
		fire(timer(instance, RegistrationProcess.WINDOW_OPENED));
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);
		ClockUtil.setCurrentTime(at("2028-04-03T10:00:00+09:00"));

		// JIPDEC corrects the start to 2027-03-01: valid until 2029-02-28, window
		// 2028-07-01..2028-10-31
		Registration corrected = this.registrations.correctValidity(registration.getRegistrationNumber(),
				LocalDate.of(2027, 3, 1), "付与機関の登録証の訂正", "t-reception");
		assertThat(corrected.getValidUntil()).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(reload(registration).getStatus()).as("the new window has not opened")
			.isEqualTo(RegistrationStatus.VALID);
		assertThat(this.managementService.createJobQuery().processInstanceId(instance.getId()).count()).isOne();
		// the business is reminded again, of the new window
		Job reminder = timer(instance, RegistrationProcess.REMINDER_DUE);
		assertThat(reminder.getDuedate()).isEqualTo(at("2028-05-29T09:00:00+09:00"));
		fire(reminder);
		assertThat(this.letters.findByApplicationIdOrderById(registration.getApplicationId())
			.stream()
			.filter((l) -> l.getKind().equals("RENEWAL_REMINDER"))
			.map(Letter::getContents)).anyMatch((contents) -> contents.contains("2028-06-29〜2028-10-30"));
		Job opens = timer(instance, RegistrationProcess.WINDOW_OPENED);
		assertThat(opens.getDuedate()).isEqualTo(at("2028-06-29T00:00:00+09:00"));
		fire(opens);
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);
		assertThat(timer(instance, RegistrationProcess.WINDOW_CLOSED).getDuedate())
			.isEqualTo(at("2028-10-31T00:00:00+09:00"));
		assertThat(this.lifecycle.journal(registration)).extracting(RegistrationEvent::getEvent)
			.contains("VALIDITY_CORRECTED");
	}

	@Test
	@DisplayName("GEN-2 a validity corrected to start in a year past 9997 is refused naming validFrom and the rule, not a 500")
	void correctedValidityBeyondFourDigitYears() {
		Registration registration = registered();
		assertThatThrownBy(() -> this.registrations.correctValidity(registration.getRegistrationNumber(),
				LocalDate.of(999_999_999, 1, 1), "付与機関の登録証の訂正", "t-reception"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(refused) -> assertThat(refused.violations())
						.extracting(RuleViolation::field, RuleViolation::ruleId)
						.containsExactly(tuple("validFrom", "GEN-2")));
		assertThat(reload(registration).getValidFrom()).isEqualTo(registration.getValidFrom());
	}

	@Test
	@DisplayName("MRG-1 a cancelled registration's life cycle ends and its timers stop")
	void cancellationStopsTimers() {
		Registration registration = registered();
		ProcessInstance instance = this.lifecycle.lifecycleOf(registration);
		this.lifecycle.cancel(registration.getId(), "吸収合併により消滅", "t-manager");
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(instance).isEnded().hasPassed(RegistrationProcess.END_CANCELLED);
		assertThat(this.managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
	}

}
