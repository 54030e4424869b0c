package jp.pmark.workflow.calendar;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import jp.pmark.workflow.support.PmarkSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * BPMN sets timers and due dates to "N business days after a date" through the
 * {@code businessDays} bean, and the engine fires them on the right day across a holiday.
 */
@PmarkSpringTest
class BusinessDayTimerTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RepositoryService repositoryService;

	@BeforeEach
	void deploy() {
		init(this.processEngine);
		this.repositoryService.createDeployment()
			.name("business-day-timer-test")
			.addClasspathResource("processes/BusinessDayTimerProcess.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("CAL-1 CAL-3 a timer '1 business day after Friday 2024-09-13' fires at the end of Tuesday 2024-09-17 (Monday is 敬老の日)")
	void timerAcrossHoliday() {
		ClockUtil.setCurrentTime(at("2024-09-13T10:00:00+09:00"));
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("BusinessDayTimerProcess",
				Map.of("receivedOn", "2024-09-13"));

		Job timer = job("BoundaryEvent_NextBusinessDayPassed", instance);
		assertThat(timer.getDuedate()).isEqualTo(at("2024-09-17T23:59:59+09:00"));
		Task check = task(instance);
		assertThat(check.getDueDate()).isEqualTo(at("2024-09-19T23:59:59+09:00"));

		// on the holiday and on Tuesday itself nothing has fired yet
		ClockUtil.setCurrentTime(at("2024-09-17T12:00:00+09:00"));
		assertThat(this.processEngine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.executable()
			.count()).isZero();

		ClockUtil.setCurrentTime(at("2024-09-18T00:00:00+09:00"));
		assertThat(this.processEngine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.executable()
			.count()).isOne();
		execute(timer);
		assertThat(instance).isEnded().hasPassed("EndEvent_Late");
	}

	private static Date at(String isoDateTime) {
		return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
	}

}
