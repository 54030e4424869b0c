package jp.pmark.workflow.demo;

import java.util.List;

import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.merger.MergerProcess;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationEvent;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.RegistrationProcess;
import jp.pmark.workflow.registration.RegistrationStatus;
import jp.pmark.workflow.registration.Registrations;
import jp.pmark.workflow.registration.RenewalSchedule;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's registrations stand where their dates put them, each reached by the engine's
 * own timers (the same context as the browser tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class DemoRegistrationsIT {

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLifecycle lifecycle;

	@Autowired
	RenewalSchedule schedule;

	@Autowired
	Applications applications;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("CHG-6 every corporate number of the demo's businesses and of its conflict-of-interest records passes the check digit")
	void demoCorporateNumbersAreValid() {
		List<String> numbers = this.jdbc.queryForList(
				"select corporate_number from applicant where corporate_number is not null union "
						+ "select corporate_number from conflict_of_interest where corporate_number is not null",
				String.class);
		assertThat(numbers).hasSizeGreaterThan(5)
			.contains("2010401000001")
			.allSatisfy((number) -> assertThat(CorporateNumbers.check("corporateNumber", number)).as(number).isEmpty());
	}

	private Registration registration(String number) {
		return this.registrations.find(number).orElseThrow();
	}

	private List<String> events(Registration registration) {
		return this.lifecycle.journal(registration).stream().map(RegistrationEvent::getEvent).toList();
	}

	@Test
	@DisplayName("JIP-2 REN-1 REN-2 REN-3 REN-5 demo registrations: valid, reminded, window open, renewing, lapsing, extended, lapsed")
	void registrationsAtEveryPointOfTheirLife() {
		Registration valid = registration(DemoRegistrations.TSUBASA);
		assertThat(valid.getStatus()).isEqualTo(RegistrationStatus.VALID);
		assertThat(this.lifecycle.lifecycleOf(valid)).isNotNull();

		Registration reminded = registration("21000002(01)");
		assertThat(reminded.getStatus()).isEqualTo(RegistrationStatus.VALID);
		assertThat(events(reminded)).contains("REMINDER_SENT");
		assertThat(this.schedule.window(reminded).hasNotOpenedOn(this.calendar.today())).isTrue();

		Registration windowOpen = registration("21000003(01)");
		assertThat(windowOpen.getStatus()).isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);
		assertThat(this.schedule.window(windowOpen).contains(this.calendar.today())).isTrue();

		Registration renewing = registration("21000004(01)");
		assertThat(renewing.getStatus()).isEqualTo(RegistrationStatus.RENEWAL_APPLIED);
		assertThat(this.applications.renewalsOf(renewing.getId())).singleElement().satisfies((renewal) -> {
			assertThat(renewal.getKind()).isEqualTo(ApplicationKind.RENEWAL);
			assertThat(renewal.getStatus()).isEqualTo(ApplicationStatus.RECEIVED);
		});

		assertThat(registration("21000005(01)").getStatus()).isEqualTo(RegistrationStatus.LAPSING);

		Registration extended = registration("21000006(01)");
		assertThat(extended.getStatus()).isEqualTo(RegistrationStatus.EXTENDED);
		assertThat(extended.getValidUntil()).isBefore(this.calendar.today());
		ProcessInstance waiting = this.lifecycle.lifecycleOf(extended);
		assertThat(this.runtimeService.getActiveActivityIds(waiting.getId()))
			.containsExactly(RegistrationProcess.RENEWAL_CONCLUDED);

		Registration lapsed = registration("21000007(01)");
		assertThat(lapsed.getStatus()).isEqualTo(RegistrationStatus.LAPSED);
		assertThat(this.lifecycle.lifecycleOf(lapsed)).isNull();
	}

	@Test
	@DisplayName("INC-3 INC-4 INC-5 INC-6 the demo's incidents wait for reports, for the managers and for the committee")
	void incidents() {
		// in history, not in the open tasks: a browser test of the same context may have
		// worked one of them
		assertThat(this.historyService.createHistoricTaskInstanceQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.list()
			.stream()
			.map(HistoricTaskInstance::getTaskDefinitionKey)
			.toList()).contains(IncidentProcess.RECEIVE_PROMPT, IncidentProcess.RECEIVE_FINAL,
					IncidentProcess.FOLLOW_UP_PROMPT, IncidentProcess.NOTIFY_JIPDEC, IncidentProcess.JUDGE);
	}

	@Test
	@DisplayName("MRG-1 the demo's early merger notice waits for its effective date")
	void mergerNoticeWaits() {
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(MergerProcess.KEY)
			.activityIdIn(MergerProcess.EFFECTIVE_DATE)
			.count()).isOne();
	}

}
