package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.ConflictException;
import jp.pmark.workflow.common.Recorded;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.decision.Decision;
import jp.pmark.workflow.decision.Decisions;
import jp.pmark.workflow.engine.EngineCalls;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * JIP-2: the registration JIPDEC returns (number and validity), recorded by staff or
 * reported through the API; it must come within the 3-month contract deadline (JIP-3). A
 * renewal continues the number with the renewal count incremented, valid from the day
 * after the registration it renews (REN-5). Recording a registration starts its life
 * cycle.
 */
@Service
public class Registrations {

	/** JIP-3: 8 digits and the renewal count in brackets, e.g. 10823456(05). */
	static final String NUMBER_PATTERN = "\\d{8}\\(\\d{2}\\)";

	/** The 8 digits alone name the current registration under the number. */
	static final String BASE_PATTERN = "\\d{8}";

	private final Applications applications;

	private final Decisions decisions;

	private final RegistrationRepository registrations;

	private final RegistrationLifecycle lifecycle;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	Registrations(Applications applications, Decisions decisions, RegistrationRepository registrations,
			RegistrationLifecycle lifecycle, RuntimeService runtimeService, EngineCalls engineCalls) {
		this.applications = applications;
		this.decisions = decisions;
		this.registrations = registrations;
		this.lifecycle = lifecycle;
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
	}

	/**
	 * GEN-2: the last first day of a validity whose two years end in a four-digit year;
	 * later dates are none JIPDEC gives, and the end of some cannot even be computed.
	 */
	private static final LocalDate LAST_FIRST_DAY = LocalDate.of(9997, 12, 31);

	/**
	 * Refuses a wrong number, a start before the decision, a number already in use, and
	 * for a renewal a number or start that does not continue the registration it renews.
	 */
	public void check(Application application, String number, LocalDate validFrom, Rules rules) {
		String normalized = (number == null) ? "" : number.trim();
		rules.require(normalized.matches(NUMBER_PATTERN), "registrationNumber", RuleId.JIP_3,
				"registration-number-format");
		Optional<Decision> decision = this.decisions.latest(application);
		rules.require(validFrom != null, "validFrom", RuleId.JIP_2, "enter-first-day-validity");
		requireWithinYears(validFrom, rules);
		if (validFrom != null && decision.isPresent()) {
			rules.require(!validFrom.isBefore(decision.get().getDecidedOn()), "validFrom", RuleId.JIP_2,
					"validity-cannot-start-before", decision.get().getDecidedOn());
		}
		if (!normalized.matches(NUMBER_PATTERN)) {
			return;
		}
		rules.require(this.registrations.findByRegistrationNumber(normalized).isEmpty(), "registrationNumber",
				RuleId.JIP_2, "registration-number-already-recorded", normalized);
		Registration renewed = renewedBy(application);
		if (renewed != null) {
			RegistrationStatus status = renewed.getStatus();
			rules.require(status != RegistrationStatus.CANCELLED && status != RegistrationStatus.REVOKED,
					"registrationNumber", RuleId.REN_5, "renewed-registration-cancelled",
					renewed.getRegistrationNumber(), status.japaneseName());
			String expected = renewed.nextRenewalNumber();
			rules.require(normalized.equals(expected), "registrationNumber", RuleId.REN_5,
					"renewal-continues-number-renewal", renewed.getRegistrationNumber(), expected);
			LocalDate continues = renewed.getValidUntil().plusDays(1);
			rules.require(validFrom == null || validFrom.equals(continues), "validFrom", RuleId.REN_5,
					"renewal-valid-from-day-after", renewed.getValidUntil(), continues);
		}
		else {
			String base = normalized.substring(0, 8);
			rules.require(this.registrations.findByBaseNumberOrderByRenewalCountDesc(base).isEmpty(),
					"registrationNumber", RuleId.JIP_3, "number-belongs-another-registration", base);
		}
	}

	/**
	 * Records the registration, moves the application to 登録済, tells the renewed
	 * registration, and starts the new registration's life cycle.
	 */
	@Transactional
	public Registration record(Application application, String number, LocalDate validFrom, String by) {
		Registration renewed = renewedBy(application);
		Registration registration = this.registrations.save(new Registration(application.getId(),
				application.getApplicant().getId(), number.trim(), validFrom, renewed, by));
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.REGISTERED, by,
				"登録番号 " + registration.getRegistrationNumber() + "、有効期間 " + registration.getValidFrom() + "〜"
						+ registration.getValidUntil());
		if (renewed != null) {
			this.lifecycle.renewalGranted(renewed, registration, by);
		}
		this.lifecycle.start(registration);
		return registration;
	}

	/**
	 * JIPDEC's registration reported through the API: recorded, then the assessment ends.
	 */
	@Transactional
	public Recorded<Registration> receiveFromJipdec(String applicationNumber, String number, LocalDate validFrom,
			String by) {
		Application application = this.applications.lock(applicationNumber);
		Optional<Registration> earlier = this.registrations.findFirstByApplicationIdOrderByIdDesc(application.getId());
		if (earlier.isPresent() && earlier.get().getRegistrationNumber().equals(number)) {
			if (!earlier.get().getValidFrom().equals(validFrom)) {
				throw new ConflictException(RuleViolation.of("validFrom", RuleId.JIP_2,
						"registration-recorded-another-first", number, earlier.get().getValidFrom()));
			}
			// the same registration reported again (twice at once, or a retry)
			return Recorded.repeat(earlier.get());
		}
		boolean waiting = this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createExecutionQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(applicationNumber)
			.messageEventSubscriptionName(AssessmentProcess.MSG_REGISTRATION_REPORTED)
			.count() > 0);
		if (!waiting) {
			throw new RuleViolationException(RuleViolation.of("applicationNumber", RuleId.JIP_2,
					"application-not-waiting-registration", applicationNumber));
		}
		Rules rules = new Rules();
		check(application, number, validFrom, rules);
		rules.throwIfAny();
		Registration registration = record(application, number, validFrom, by);
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.createMessageCorrelation(AssessmentProcess.MSG_REGISTRATION_REPORTED)
					.processInstanceBusinessKey(applicationNumber)
					.correlate());
		return Recorded.first(registration);
	}

	/**
	 * JIPDEC corrected the validity of a registration: the end follows the start (JIP-3),
	 * and the life cycle's timers move with it.
	 */
	@Transactional
	public Registration correctValidity(String number, LocalDate validFrom, String reason, String by) {
		Registration registration = find(number).orElseThrow(() -> new RuleViolationException(
				RuleViolation.of("registrationNumber", RuleId.JIP_2, "no-registration", number)));
		Rules rules = new Rules();
		rules.require(registration.getStatus().isValid(), "registrationNumber", RuleId.JIP_2, "registration-ended",
				registration.getRegistrationNumber(), registration.getStatus().japaneseName());
		rules.require(validFrom != null, "validFrom", RuleId.JIP_2, "enter-corrected-first-day");
		rules.require(reason != null && !reason.isBlank(), "reason", RuleId.GEN_1, "enter-why-validity-corrected");
		requireWithinYears(validFrom, rules);
		if (validFrom != null) {
			Application application = this.applications.get(registration.getApplicationId());
			this.decisions.latest(application)
				.ifPresent((decision) -> rules.require(!validFrom.isBefore(decision.getDecidedOn()), "validFrom",
						RuleId.JIP_2, "validity-cannot-start-before", decision.getDecidedOn()));
		}
		rules.throwIfAny();
		String before = registration.getValidFrom() + "〜" + registration.getValidUntil();
		registration.setValidFrom(validFrom);
		this.registrations.save(registration);
		this.lifecycle.validityCorrected(registration, by, "有効期間を訂正しました：" + before + " → " + registration.getValidFrom()
				+ "〜" + registration.getValidUntil() + "（" + reason.trim() + "）");
		return registration;
	}

	private static void requireWithinYears(LocalDate validFrom, Rules rules) {
		rules.require(validFrom == null || !validFrom.isAfter(LAST_FIRST_DAY), "validFrom", RuleId.GEN_2,
				"first-day-validity-must-earlier", LAST_FIRST_DAY);
	}

	/**
	 * MRG-1: the mark's status passes to another business (7特例, 8又は9の特例): the
	 * registration, its number and validity continue under the new holder.
	 */
	@Transactional
	public Registration transfer(Long registrationId, Long newHolderId, String reason, String by) {
		Registration registration = get(registrationId);
		registration.setApplicantId(newHolderId);
		this.registrations.save(registration);
		this.lifecycle.note(registrationId, by, "HOLDER_CHANGED", "付与の地位が移りました：" + reason);
		return registration;
	}

	public Optional<Registration> of(Application application) {
		return this.registrations.findFirstByApplicationIdOrderByIdDesc(application.getId());
	}

	/**
	 * A registration by its full number, 10823456(05), or the current one under its 8
	 * digits, 10823456.
	 */
	public Optional<Registration> find(String number) {
		String normalized = (number == null) ? "" : number.trim();
		if (normalized.matches(NUMBER_PATTERN)) {
			return this.registrations.findByRegistrationNumber(normalized);
		}
		if (normalized.matches(BASE_PATTERN)) {
			return this.registrations.findByBaseNumberOrderByRenewalCountDesc(normalized).stream().findFirst();
		}
		return Optional.empty();
	}

	/** The registrations of a business, the latest first. */
	public List<Registration> ofApplicant(Long applicantId) {
		return this.registrations.findByApplicantIdOrderByIdDesc(applicantId);
	}

	public Registration get(Long id) {
		return this.registrations.findById(id).orElseThrow(() -> new IllegalArgumentException("no registration " + id));
	}

	private Registration renewedBy(Application application) {
		if (application.getKind() != ApplicationKind.RENEWAL || application.getRenewalOfRegistrationId() == null) {
			return null;
		}
		return this.registrations.findById(application.getRenewalOfRegistrationId()).orElse(null);
	}

}
