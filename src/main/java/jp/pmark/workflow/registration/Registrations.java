package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.Optional;

import jp.pmark.workflow.common.EngineCalls;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.decision.Decision;
import jp.pmark.workflow.decision.DecisionRepository;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.ApplicationStatus;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * JIP-2: the registration JIPDEC returns (number and validity), recorded by staff or
 * reported through the API; it must come within the 3-month contract deadline (JIP-3).
 */
@Service
public class Registrations {

	/** JIP-3: 8 digits and the renewal count in brackets, e.g. 10823456(05). */
	static final String NUMBER_PATTERN = "\\d{8}\\(\\d{2}\\)";

	private final Applications applications;

	private final DecisionRepository decisions;

	private final RegistrationRepository registrations;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	Registrations(Applications applications, DecisionRepository decisions, RegistrationRepository registrations,
			RuntimeService runtimeService, EngineCalls engineCalls) {
		this.engineCalls = engineCalls;
		this.applications = applications;
		this.decisions = decisions;
		this.registrations = registrations;
		this.runtimeService = runtimeService;
	}

	/**
	 * Refuses a wrong number, a start before the decision, or a number already in use.
	 */
	public void check(Application application, String number, LocalDate validFrom, Rules rules) {
		String normalized = (number == null) ? "" : number.trim();
		rules.require(normalized.matches(NUMBER_PATTERN), "registrationNumber", "JIP-3",
				"登録番号は8桁の数字と括弧内の更新回数（例：10823456(05)）で入力してください。",
				"A registration number is 8 digits and the renewal count in brackets, e.g. 10823456(05).");
		Optional<Decision> decision = this.decisions.findFirstByApplicationIdOrderByIdDesc(application.getId());
		rules.require(validFrom != null, "validFrom", "JIP-2", "有効期間の開始日を入力してください。",
				"Enter the first day of validity.");
		if (validFrom != null && decision.isPresent()) {
			rules.require(!validFrom.isBefore(decision.get().getDecidedOn()), "validFrom", "JIP-2",
					"有効期間の開始日が付与適格の決定日（" + decision.get().getDecidedOn() + "）より前です。",
					"The validity cannot start before the decision.");
		}
		if (normalized.matches(NUMBER_PATTERN)) {
			rules.require(this.registrations.findByRegistrationNumber(normalized).isEmpty(), "registrationNumber",
					"JIP-2", "登録番号 " + normalized + " はすでに記録されています。",
					"Registration number " + normalized + " is already recorded.");
		}
	}

	@Transactional
	public Registration record(Application application, String number, LocalDate validFrom, String by) {
		Registration registration = this.registrations
			.save(new Registration(application.getId(), number.trim(), validFrom, by));
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.REGISTERED, by,
				"登録番号 " + registration.getRegistrationNumber() + "、有効期間 " + registration.getValidFrom() + "〜"
						+ registration.getValidUntil());
		return registration;
	}

	/**
	 * JIPDEC's registration reported through the API: recorded, then the assessment ends.
	 */
	@Transactional
	public Registration receiveFromJipdec(String applicationNumber, String number, LocalDate validFrom, String by) {
		Application application = this.applications.get(applicationNumber);
		boolean waiting = this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createExecutionQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(applicationNumber)
			.messageEventSubscriptionName(AssessmentProcess.MSG_REGISTRATION_REPORTED)
			.count() > 0);
		if (!waiting) {
			throw new RuleViolationException(
					new RuleViolation("applicationNumber", "JIP-2", "申請 " + applicationNumber + " は登録の記録を待っていません。",
							"Application " + applicationNumber + " is not waiting for its registration."));
		}
		Rules rules = new Rules();
		check(application, number, validFrom, rules);
		rules.throwIfAny();
		Registration registration = record(application, number, validFrom, by);
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.createMessageCorrelation(AssessmentProcess.MSG_REGISTRATION_REPORTED)
					.processInstanceBusinessKey(applicationNumber)
					.correlate());
		return registration;
	}

	public Optional<Registration> of(Application application) {
		return this.registrations.findFirstByApplicationIdOrderByIdDesc(application.getId());
	}

}
