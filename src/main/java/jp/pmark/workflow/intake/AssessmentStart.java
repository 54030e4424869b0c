package jp.pmark.workflow.intake;

import java.util.function.Supplier;

import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/**
 * Whether an assessment started for an application the product has already recorded
 * (online, through the intake API): decided by the product's records, never by a variable
 * a caller could preset. Anything else is a paper application whose start form must be
 * recorded first (and a start without one is refused there).
 */
@Component("assessmentStart")
public class AssessmentStart {

	/** The application whose assessment this thread's intake is starting, if any. */
	private static final ThreadLocal<String> STARTING = new ThreadLocal<>();

	private final Applications applications;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	AssessmentStart(Applications applications, RuntimeService runtimeService, EngineCalls engineCalls) {
		this.applications = applications;
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
	}

	/**
	 * True for the assessment of a just-received application that has no other running
	 * assessment: the one the intake API started. The BPMN's start gateway asks it with
	 * the instance's business key and id:
	 * {@code ${assessmentStart.registeredOnline(execution.processBusinessKey,
	 * execution.processInstanceId)}}.
	 * @param number the instance's business key, the application number (none for a paper
	 * application not yet recorded)
	 * @param instanceId the process instance asking
	 * @return whether the assessment is of an application recorded online
	 */
	public boolean registeredOnline(String number, String instanceId) {
		if (number == null) {
			return false;
		}
		if (number.equals(STARTING.get())) {
			// the intake starting the assessment of the application it has just recorded
			// under a number it has just taken, in this thread and transaction
			return true;
		}
		return this.applications.find(number)
			.filter((application) -> application.getStatus() == ApplicationStatus.RECEIVED)
			.isPresent() && otherAssessments(number, instanceId) == 0;
	}

	/**
	 * Runs the start of the assessment of an application the intake has just recorded
	 * under a number it has just taken: nothing else can carry that number yet, so the
	 * start needs not look again at the records (a sixth of an intake's time).
	 */
	<T> T startingRecorded(String applicationNumber, Supplier<T> start) {
		String before = STARTING.get();
		STARTING.set(applicationNumber);
		try {
			return start.get();
		}
		finally {
			if (before == null) {
				STARTING.remove();
			}
			else {
				STARTING.set(before);
			}
		}
	}

	/**
	 * The application's running assessments other than the given instance (any caller's).
	 */
	long otherAssessments(String number, String instanceId) {
		return this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(number)
			.list()
			.stream()
			.filter((instance) -> !instance.getId().equals(instanceId))
			.count());
	}

}
