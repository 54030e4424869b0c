package jp.pmark.workflow.demo;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.engine.EngineClock;
import jp.pmark.workflow.incident.IncidentCategory;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.incident.IncidentRequest;
import jp.pmark.workflow.incident.Incidents;
import jp.pmark.workflow.incident.ReportKind;
import jp.pmark.workflow.incident.ReporterStatus;
import jp.pmark.workflow.registration.Registrations;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident reports at their different stages (INC-1..INC-7), on the demo registrations: a
 * first notice awaiting its prompt and final reports (reception), a prompt report overdue
 * and one with likely secondary damage (the managers), and one for the committee to
 * judge. Seeded once, after the demo registrations.
 */
@Component
@Profile("demo")
@Order(220)
class DemoIncidents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIncidents.class);

	private final Incidents incidents;

	private final Registrations registrations;

	private final ManagementService managementService;

	private final JapaneseBusinessCalendar calendar;

	DemoIncidents(Incidents incidents, Registrations registrations, ManagementService managementService,
			JapaneseBusinessCalendar calendar) {
		this.incidents = incidents;
		this.registrations = registrations;
		this.managementService = managementService;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.incidents.ofApplicant(holderOf(DemoRegistrations.TSUBASA)).isEmpty()) {
			return;
		}
		LocalDate today = this.calendar.today();
		// reception: the prompt report (more than 1,000 persons) and the final report to
		// come
		report(DemoRegistrations.TSUBASA, today.minusDays(1), IncidentCategory.LEAK, 1_200, false, false, false,
				"会員向けメールマガジンの配信設定を誤り、会員1,200名のメールアドレスが宛先に表示された。", ReportKind.NOTICE);
		// the managers: the prompt report (sensitive data) did not come in time
		report("21000003(01)", today.minusDays(9), IncidentCategory.LOSS, 12, true, false, false,
				"従業員12名分の健康診断結果を含む封筒を社外で紛失したとの電話連絡。", ReportKind.NOTICE);
		// the managers: secondary damage is likely, JIPDEC is to be told at once
		report("21000005(01)", today, IncidentCategory.LEAK, 300, false, true, true,
				"予約サイトへの不正アクセスにより、顧客300名のクレジットカード情報が流出したおそれ。", ReportKind.PROMPT);
		// the committee: the final report is in, a disqualification level and measure to
		// decide
		report("21000002(01)", today.minusDays(40), IncidentCategory.BEYOND_PURPOSE, 85, false, false, false,
				"配送先として預かった個人情報85名分を、同意なく自社の販促に利用した。原因と再発防止策を確報として提出。", ReportKind.FINAL);
		fireDueTimers();
		log.info("demo incidents seeded");
	}

	private Long holderOf(String registrationNumber) {
		return this.registrations.find(registrationNumber).orElseThrow().getApplicantId();
	}

	private void report(String registrationNumber, LocalDate discoveredOn, IncidentCategory category, int persons,
			boolean sensitive, boolean financialDamage, boolean secondaryDamage, String summary, ReportKind kind) {
		this.incidents.receive(
				new IncidentRequest(ReporterStatus.HOLDER, registrationNumber, null, null, null, discoveredOn,
						discoveredOn, category, false, persons, sensitive, false, 0, false, false, false,
						financialDamage, false, secondaryDamage, summary, kind, discoveredOn, Channel.ONLINE),
				"portal");
	}

	/** The deadlines already past fire now, as the job executor would have. */
	private void fireDueTimers() {
		List<Job> due = this.managementService.createJobQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.timers()
			.duedateLowerThan(EngineClock.now())
			.list();
		due.forEach((job) -> this.managementService.executeJob(job.getId()));
	}

}
