package jp.pmark.workflow.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;

import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationEvent;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.RegistrationProcess;
import jp.pmark.workflow.registration.Registrations;
import jp.pmark.workflow.support.PmarkSpringTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A registration's life cycle started on yesterday's model (its steps called with the
 * execution) goes on after a release whose steps take the registration's id: at startup
 * the running case moves to the newest version, and its next timer works.
 */
@PmarkSpringTest
class RunningCasesUpgradeTest {

	@Autowired
	RunningCasesUpgrade upgrade;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLifecycle lifecycle;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ManagementService managementService;

	@AfterEach
	void clock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("JIP-2 REN-3 a life cycle running on an older version of its process moves to the newest at startup, its timers kept, and its next step works")
	void runningLifeCycleMovesToTheNewestVersion() {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		String number = this.driver.toDecision(false);
		// yesterday's model is the newest when the registration is recorded
		this.repositoryService.createDeployment()
			.name("pmark-workflow 2026-12-04")
			.addClasspathResource("upgrade/PmarkRegistrationProcess-2026-12-04.bpmn")
			.deploy();
		String registrationNumber = AssessmentDriver.newRegistrationNumber();
		this.driver.decideAndRegister(number, registrationNumber, LocalDate.of(2026, 12, 1));
		Registration registration = this.registrations.find(registrationNumber).orElseThrow();
		ProcessInstance running = this.lifecycle.lifecycleOf(registration);
		ProcessDefinition old = this.repositoryService.getProcessDefinition(running.getProcessDefinitionId());
		Job reminder = this.managementService.createJobQuery()
			.processInstanceId(running.getId())
			.activityId(RegistrationProcess.REMINDER_DUE)
			.singleResult();
		Date due = reminder.getDuedate();

		// today's model deployed again: the case's steps would call yesterday's
		// signatures
		this.repositoryService.createDeployment()
			.name("pmark-workflow today")
			.addClasspathResource("bpmn/PmarkRegistrationProcess.bpmn")
			.deploy();
		ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(60)));
		assertThatThrownBy(() -> this.managementService.executeJob(reminder.getId()))
			.as("yesterday's step on today's code")
			.isInstanceOf(ProcessEngineException.class);

		assertThat(this.upgrade.upgrade()).isGreaterThanOrEqualTo(1);
		ProcessInstance moved = this.lifecycle.lifecycleOf(registration);
		ProcessDefinition newest = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(RegistrationProcess.KEY)
			.latestVersion()
			.singleResult();
		assertThat(moved.getProcessDefinitionId()).isEqualTo(newest.getId()).isNotEqualTo(old.getId());
		Job kept = this.managementService.createJobQuery()
			.processInstanceId(moved.getId())
			.activityId(RegistrationProcess.REMINDER_DUE)
			.singleResult();
		assertThat(kept.getDuedate()).as("the timer keeps its due date").isEqualTo(due);
		this.managementService.setJobRetries(kept.getId(), 3);
		this.managementService.executeJob(kept.getId());
		assertThat(this.lifecycle.journal(registration)).extracting(RegistrationEvent::getEvent)
			.contains("REMINDER_SENT");
		assertThat(this.upgrade.upgrade()).as("nothing left to move").isZero();
	}

}
