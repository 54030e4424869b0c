package jp.pmark.workflow.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.audit.Auditor;
import jp.pmark.workflow.audit.AuditorGrade;
import jp.pmark.workflow.audit.Auditors;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo auditors (records, grades, agreements, one declared conflict) and applications
 * waiting at different stages, so that every group finds work in Tasklist: receipt
 * (reception), screening (managers), document review and on-site audit (the lead
 * auditors), improvement report (reception), decision (the committee), and payments
 * (accounting). Seeded once, into an empty database.
 */
@Component
@Profile("demo")
@Order(200)
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final Auditors auditors;

	private final DemoSteps steps;

	private final JapaneseBusinessCalendar calendar;

	DemoCases(Auditors auditors, DemoSteps steps, JapaneseBusinessCalendar calendar) {
		this.auditors = auditors;
		this.steps = steps;
		this.calendar = calendar;
	}

	/** All or nothing: a demo half seeded would not be seeded again. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.auditors.byUser("tanaka").isPresent()) {
			return;
		}
		Auditor tanaka = auditor("tanaka", "田中 誠", AuditorGrade.LEAD_AUDITOR, "主任審査員（2015年〜）", "審査 120件");
		Auditor ito = auditor("ito", "伊藤 健二", AuditorGrade.LEAD_AUDITOR, "主任審査員（2018年〜）", "審査 85件");
		Auditor watanabe = auditor("watanabe", "渡辺 明", AuditorGrade.AUDITOR, "審査員（2020年〜）", "審査 40件");
		Auditor yamamoto = auditor("yamamoto", "山本 美香", AuditorGrade.AUDITOR, "審査員（2021年〜）", "審査 32件");
		Auditor nakamura = auditor("nakamura", "中村 結衣", AuditorGrade.ASSISTANT_AUDITOR, "審査員補（2025年〜）", "同行 6件");
		String hokutoNumber = "2010401000001";
		this.auditors.declareConflict(yamamoto, hokutoNumber, "北斗物流株式会社", "CONSULTING", "2024年にPMS構築のコンサルティングを担当",
				LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 4, 1));

		// reception: two new applications to check
		this.steps.apply(DemoSteps.business("有限会社ひまわり商店", null, Industry.RETAIL, 3_000_000L, 6, 5), List.of());
		this.steps.apply(
				DemoSteps.business("株式会社髙橋印刷", "5010001088888", Industry.MANUFACTURING_OTHER, 20_000_000L, 35, 30),
				List.of());
		// managers: screening
		String aoba = this.steps.apply(
				DemoSteps.business("株式会社あおば教育", "7010001099999", Industry.SERVICES, 10_000_000L, 18, 15),
				List.of(AssessmentProcess.CHECK_RECEIPT));
		// the team: document review
		this.steps.apply(
				DemoSteps.business("東和メディカル株式会社", "3010001077777", Industry.MANUFACTURING_OTHER, 400_000_000L, 320,
						300),
				DemoSteps.untilReview(),
				Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, DemoSteps.team(tanaka, watanabe, null)));
		// the team: on-site audit
		this.steps.apply(DemoSteps.business("株式会社さくらデザイン", "1010001066666", Industry.SERVICES, 5_000_000L, 8, 8),
				DemoSteps.untilOnsite(),
				Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, DemoSteps.team(ito, yamamoto, nakamura)));
		// reception: waiting for an improvement report (yamamoto may not audit 北斗物流:
		// AUD-5)
		this.steps.apply(DemoSteps.business("北斗物流株式会社", hokutoNumber, Industry.WHOLESALE, 80_000_000L, 150, 140),
				DemoSteps.untilImprovement(),
				Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, DemoSteps.team(tanaka, watanabe, null)));
		// the committee: a decision to make
		this.steps.apply(DemoSteps.business("株式会社みなと情報サービス", "8010001055555", Industry.SERVICES, 30_000_000L, 60, 55),
				DemoSteps.untilDecision(),
				Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, DemoSteps.team(ito, watanabe, null)));
		log.info("demo cases seeded ({} waits for its disqualification screening)", aoba);
	}

	private Auditor auditor(String userId, String name, AuditorGrade grade, String qualifications, String audits) {
		Auditor auditor = this.auditors
			.register(new Auditors.AuditorRecord(userId, name, "東京都港区新橋1-18-6", "ISO審査センター プライバシーマーク審査部",
					grade.japaneseName(), "大学卒業（情報工学）", qualifications, "個人情報保護マネジメントシステムの審査・構築支援 10年、JIS Q 15001研修修了",
					audits, "2025年度評価 A", grade, this.calendar.today().minusMonths(2)));
		this.auditors.signAgreement(auditor, LocalDate.of(2020, 4, 1), null);
		return auditor;
	}

}
