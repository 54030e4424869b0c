package jp.pmark.workflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.audit.Auditor;
import jp.pmark.workflow.audit.Auditors;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.change.ChangeDocumentType;
import jp.pmark.workflow.change.ChangeKind;
import jp.pmark.workflow.change.ChangeReports;
import jp.pmark.workflow.change.ChangeRequest;
import jp.pmark.workflow.engine.EngineClock;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.merger.MergerProcess;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationProcess;
import jp.pmark.workflow.registration.Registrations;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
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
 * Registrations at different points of their life (REN-1..REN-3), each granted by a real
 * assessment run with the engine's clock set back to its time, its life-cycle timers then
 * fired as they fell due: valid, reminded, renewal window open (with and without a
 * renewal application), window closed, validity extended while the renewal is decided,
 * lapsed. Beside them a change report waiting for reception's verification (CHG-4) and a
 * merger noticed early, waiting for its effective date (MRG-1). Seeded once, into an
 * empty database.
 */
@Component
@Profile("demo")
@Order(210)
class DemoRegistrations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistrations.class);

	/** The first demo registration: its presence means the demo was seeded. */
	static final String TSUBASA = "21000001(01)";

	private final DemoSteps steps;

	private final Auditors auditors;

	private final Registrations registrations;

	private final ApplicantService applicants;

	private final ChangeReports changeReports;

	private final FormService formService;

	private final RepositoryService repositoryService;

	private final ManagementService managementService;

	private final JapaneseBusinessCalendar calendar;

	DemoRegistrations(DemoSteps steps, Auditors auditors, Registrations registrations, ApplicantService applicants,
			ChangeReports changeReports, FormService formService, RepositoryService repositoryService,
			ManagementService managementService, JapaneseBusinessCalendar calendar) {
		this.steps = steps;
		this.auditors = auditors;
		this.registrations = registrations;
		this.applicants = applicants;
		this.changeReports = changeReports;
		this.formService = formService;
		this.repositoryService = repositoryService;
		this.managementService = managementService;
		this.calendar = calendar;
	}

	/**
	 * All or nothing, like the demo cases; the clock is the real one again afterwards.
	 */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.registrations.find(TSUBASA).isPresent()) {
			return;
		}
		LocalDate today = this.calendar.today();
		Registration tsubasa;
		Registration hayabusa;
		String suzuranRenewal;
		String hibariRenewal;
		try {
			// valid, half a year into its two years
			tsubasa = register("株式会社つばさシステム", corporate("010001011111"), Industry.SERVICES, 20_000_000L, 45, TSUBASA,
					today.minusMonths(6));
			// reminded: the renewal window opens in about two weeks
			hayabusa = register("はやぶさ運輸株式会社", corporate("010001022222"), Industry.SERVICES, 50_000_000L, 120,
					"21000002(01)", today.minusMonths(15).minusDays(15));
			// the renewal window is open, no renewal yet
			register("株式会社かもめ製作所", corporate("010001033333"), Industry.MANUFACTURING_OTHER, 90_000_000L, 210,
					"21000003(01)", today.minusMonths(18));
			// the window is open and the renewal came in: reception checks its documents
			Registration hibari = register("ひばり会計事務所株式会社", corporate("010001044444"), Industry.SERVICES, 10_000_000L,
					12, "21000004(01)", today.minusMonths(19));
			// the window closed without a renewal: the registration ends in two months
			register("株式会社しらさぎ観光", corporate("010001055556"), Industry.SERVICES, 30_000_000L, 80, "21000005(01)",
					today.minusMonths(22));
			// the validity ended while the renewal is assessed: extended until the
			// decision
			Registration suzuran = register("すずらん食品株式会社", corporate("010001066667"), Industry.MANUFACTURING_OTHER,
					60_000_000L, 95, "21000006(01)", today.minusMonths(24).minusDays(5));
			// the validity ended without a renewal: lapsed
			register("有限会社あやめ企画", null, Industry.SERVICES, 3_000_000L, 7, "21000007(01)", today.minusMonths(25));

			// applied inside the window half a year ago; audited and reported on recently
			at(suzuran.getValidUntil().minusMonths(6));
			catchUp();
			suzuranRenewal = this.steps.applyForRenewal(this.applicants.get(suzuran.getApplicantId()),
					suzuran.getRegistrationNumber(), DemoSteps.untilReview(),
					Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, team()));
			this.steps.payInvoices(suzuranRenewal);
			at(today.minusDays(12));
			catchUp();
			List<String> rest = new ArrayList<>(DemoSteps.untilDecision());
			rest.removeAll(DemoSteps.untilReview());
			this.steps.complete(suzuranRenewal, rest, Map.of());
			this.steps.payInvoices(suzuranRenewal);

			at(today.minusDays(5));
			catchUp();
			hibariRenewal = this.steps.applyForRenewal(this.applicants.get(hibari.getApplicantId()),
					hibari.getRegistrationNumber(), List.of(), Map.of());
		}
		finally {
			EngineClock.reset();
		}
		catchUp();
		changeReport(tsubasa);
		mergerNotice(hayabusa);
		log.info("demo registrations seeded: {} valid, {} and {} renewing, a change report and a merger notice",
				tsubasa.getRegistrationNumber(), hibariRenewal, suzuranRenewal);
	}

	/**
	 * Runs a new application through a whole assessment a month before the validity
	 * starts, and registers it.
	 */
	private Registration register(String name, String corporateNumber, Industry industry, long capital, int headcount,
			String registrationNumber, LocalDate validFrom) {
		at(validFrom.minusMonths(2));
		catchUp();
		String number = this.steps.apply(
				DemoSteps.business(name, corporateNumber, industry, capital, headcount, headcount - headcount / 10),
				DemoSteps.untilDecision(), Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, team()));
		at(validFrom.minusDays(30));
		return this.steps.grant(number, registrationNumber, validFrom);
	}

	/** A corporate number with its check digit (CHG-6). */
	private static String corporate(String twelveDigits) {
		return CorporateNumbers.checkDigit(twelveDigits) + twelveDigits;
	}

	private Map<String, Object> team() {
		Auditor lead = this.auditors.byUser("ito").orElseThrow();
		Auditor member = this.auditors.byUser("watanabe").orElseThrow();
		return DemoSteps.team(lead, member, null);
	}

	/** The engine's clock at ten in the morning of the day, in the body's zone. */
	private void at(LocalDate day) {
		EngineClock.set(Date.from(day.atTime(10, 0).atZone(this.calendar.zone()).toInstant()));
	}

	/**
	 * Fires the registrations' life-cycle timers that are due by the engine's clock, as
	 * the job executor would have, until none is.
	 */
	private void catchUp() {
		for (int round = 0; round < 20; round++) {
			List<Job> due = this.managementService.createJobQuery()
				.processDefinitionKey(RegistrationProcess.KEY)
				.timers()
				.duedateLowerThan(EngineClock.now())
				.list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> this.managementService.executeJob(job.getId()));
		}
	}

	/** CHG-2, CHG-4: a head-office move, reported online, for reception to verify. */
	private void changeReport(Registration registration) {
		var holder = this.applicants.get(registration.getApplicantId());
		Map<ApplicantField, String> values = new EnumMap<>(ApplicantField.class);
		values.put(ApplicantField.POSTAL_CODE, "220-0012");
		values.put(ApplicantField.ADDRESS, "神奈川県横浜市西区みなとみらい3-6-1");
		LocalDate today = this.calendar.today();
		this.changeReports.receive(
				new ChangeRequest(registration.getRegistrationNumber(), null, holder.getCorporateNumber(), today,
						today.minusDays(14), Set.of(ChangeKind.HEAD_OFFICE), values, null,
						EnumSet.noneOf(ChangeDocumentType.class),
						List.of(new ChangeRequest.UploadedFile("reportForm", ChangeDocumentType.REPORT_FORM,
								"変更報告書.pdf", DemoSteps.pdf("REPORT_FORM"))),
						"本店移転の登記は完了しています", Channel.ONLINE),
				"portal");
	}

	/** MRG-1: type 3, noticed before the effective date, waiting for it. */
	private void mergerNotice(Registration registration) {
		LocalDate today = this.calendar.today();
		Map<String, Object> form = new HashMap<>();
		form.put("registrationNumber", registration.getRegistrationNumber());
		form.put("event", "SUCCESSION_IN");
		form.put("counterparty", "NON_HOLDER");
		form.put("counterpartyName", "東西ロジスティクス株式会社");
		form.put("wholeBusiness", false);
		form.put("effectiveOn", today.plusMonths(2).withDayOfMonth(1).toString());
		form.put("notifiedOn", today.toString());
		form.put("description", "吸収分割により東西ロジスティクスの倉庫事業を承継する予定。代表者から事前の連絡があった。");
		String definition = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(MergerProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		this.formService.submitStartForm(definition, form);
	}

}
