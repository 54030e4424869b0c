package jp.pmark.workflow.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.audit.Auditor;
import jp.pmark.workflow.audit.AuditorGrade;
import jp.pmark.workflow.audit.Auditors;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.ApplicationKind;
import jp.pmark.workflow.intake.AssessmentProcess;
import jp.pmark.workflow.intake.Channel;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.IntakeService;
import jp.pmark.workflow.intake.NewApplication;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

	private final IntakeService intake;

	private final TaskService taskService;

	private final JapaneseBusinessCalendar calendar;

	DemoCases(Auditors auditors, IntakeService intake, TaskService taskService, JapaneseBusinessCalendar calendar) {
		this.auditors = auditors;
		this.intake = intake;
		this.taskService = taskService;
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
		String hokutoNumber = "1010401000001";
		this.auditors.declareConflict(yamamoto, hokutoNumber, "北斗物流株式会社", "CONSULTING", "2024年にPMS構築のコンサルティングを担当",
				LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 4, 1));

		// reception: two new applications to check
		apply(business("有限会社ひまわり商店", null, Industry.RETAIL, 3_000_000L, 6, 5), List.of());
		apply(business("株式会社髙橋印刷", "3010001088888", Industry.MANUFACTURING_OTHER, 20_000_000L, 35, 30), List.of());
		// managers: screening
		String aoba = apply(business("株式会社あおば教育", "5010001099999", Industry.SERVICES, 10_000_000L, 18, 15),
				List.of(AssessmentProcess.CHECK_RECEIPT));
		// the team: document review
		apply(business("東和メディカル株式会社", "7010001077777", Industry.MANUFACTURING_OTHER, 400_000_000L, 320, 300),
				untilReview(), Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, team(tanaka, watanabe, null)));
		// the team: on-site audit
		apply(business("株式会社さくらデザイン", "2010001066666", Industry.SERVICES, 5_000_000L, 8, 8), untilOnsite(),
				Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, team(ito, yamamoto, nakamura)));
		// reception: waiting for an improvement report (yamamoto may not audit 北斗物流:
		// AUD-5)
		apply(business("北斗物流株式会社", hokutoNumber, Industry.WHOLESALE, 80_000_000L, 150, 140), untilImprovement(),
				Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, team(tanaka, watanabe, null)));
		// the committee: a decision to make
		apply(business("株式会社みなと情報サービス", "4010001055555", Industry.SERVICES, 30_000_000L, 60, 55), untilDecision(),
				Map.of(AssessmentProcess.APPOINT_AUDIT_TEAM, team(ito, watanabe, null)));
		log.info("demo cases seeded ({} waits for its disqualification screening)", aoba);
	}

	private Auditor auditor(String userId, String name, AuditorGrade grade, String qualifications, String audits) {
		Auditor auditor = this.auditors
			.register(new Auditors.AuditorRecord(userId, name, "東京都港区新橋1-18-6", "ISO審査センター プライバシーマーク審査部",
					grade.japaneseName(), "大学卒業（情報工学）", qualifications, "個人情報保護マネジメントシステムの審査・構築支援 10年、JIS Q 15001研修修了",
					audits, "2025年度評価 A", grade, this.calendar.today().minusMonths(2)));
		this.auditors.signAgreement(auditor, LocalDate.of(2025, 4, 1), null);
		return auditor;
	}

	private static ApplicantData business(String name, String corporateNumber, Industry industry, Long capital,
			int headcount, int fullTime) {
		return new ApplicantData(name, null, corporateNumber, "105-0004", "東京都港区新橋2-1-1", "代表取締役", "山田 太郎", "佐藤 一郎",
				"総務部", "105-0004", "東京都港区新橋2-1-1", "03-5555-0101", "pmark@example.co.jp", industry, capital, headcount,
				fullTime);
	}

	private String apply(ApplicantData business, List<String> tasks) {
		return apply(business, tasks, Map.of());
	}

	/**
	 * Applies online with all documents, then completes the given tasks with valid
	 * answers.
	 */
	private String apply(ApplicantData business, List<String> tasks, Map<String, Map<String, Object>> answers) {
		LocalDate today = this.calendar.today();
		List<NewApplication.UploadedFile> files = new ArrayList<>();
		for (DocumentType type : DocumentType.mandatory()) {
			files.add(new NewApplication.UploadedFile(type.name(), type, type.japaneseName() + ".pdf", pdf(type)));
		}
		Application application = this.intake
			.receiveOnline(new NewApplication(business, ApplicationKind.NEW, Channel.ONLINE, today.minusDays(3), true,
					true, today.minusDays(20), EnumSet.noneOf(DocumentType.class), files), "portal");
		String number = application.getApplicationNumber();
		for (String task : tasks) {
			Map<String, Object> variables = new HashMap<>(answers(task));
			variables.putAll(answers.getOrDefault(task, Map.of()));
			Task open = this.taskService.createTaskQuery()
				.processInstanceBusinessKey(number)
				.taskDefinitionKey(task)
				.singleResult();
			this.taskService.complete(open.getId(), variables);
		}
		return number;
	}

	private static List<String> untilReview() {
		return List.of(AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM);
	}

	private static List<String> untilOnsite() {
		List<String> tasks = new ArrayList<>(untilReview());
		tasks.addAll(List.of(AssessmentProcess.REVIEW_DOCUMENTS, AssessmentProcess.SCHEDULE_ONSITE_AUDIT));
		return tasks;
	}

	private static List<String> untilImprovement() {
		List<String> tasks = new ArrayList<>(untilOnsite());
		tasks.addAll(List.of(AssessmentProcess.RECORD_ONSITE_AUDIT, AssessmentProcess.INVOICE_ONSITE_AUDIT,
				AssessmentProcess.WRITE_FINDINGS_DOCUMENT));
		return tasks;
	}

	private static List<String> untilDecision() {
		List<String> tasks = new ArrayList<>(untilImprovement());
		tasks.addAll(List.of(AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT,
				AssessmentProcess.WRITE_COMPLETION_REPORT));
		return tasks;
	}

	private static Map<String, Object> team(Auditor leader, Auditor member, Auditor assistant) {
		Map<String, Object> team = new HashMap<>();
		team.put("teamMembers", List.of(leader.getId().toString(), member.getId().toString()));
		team.put("teamLeader", leader.getId().toString());
		team.put("assistants", (assistant == null) ? List.of() : List.of(assistant.getId().toString()));
		team.put("assistantConsent", assistant != null);
		return team;
	}

	/** Realistic answers for each step, as staff would give them. */
	private Map<String, Object> answers(String task) {
		LocalDate today = this.calendar.today();
		Map<String, Object> v = new HashMap<>();
		switch (task) {
			case AssessmentProcess.CHECK_RECEIPT -> {
				v.put("presentDocuments", DocumentType.mandatory().stream().map(Enum::name).toList());
				v.put("registryCertificateIssuedOn", today.minusDays(20).toString());
				v.put("assessmentRequested", true);
				v.put("consentGiven", true);
				v.put("receiptOutcome", "ACCEPTED");
			}
			case AssessmentProcess.SCREEN_DISQUALIFICATION -> {
				v.put("applicableGrounds", List.of());
				v.put("allGroundsChecked", true);
				v.put("screeningComment", "役員名簿・申告書・公表情報を確認し、該当なし");
			}
			case AssessmentProcess.CONFIRM_ASSESSMENT_START -> {
				for (String field : new String[] { "documentsSatisfy", "informationSufficient", "withinScope",
						"notDisqualified", "trainingAllEmployees", "internalAuditAllDepartments" }) {
					v.put(field, true);
				}
				v.put("startDecision", "START");
			}
			case AssessmentProcess.MAKE_AUDIT_PLAN -> {
				v.put("documentReviewDue", this.calendar.addBusinessDays(today, 15).toString());
				v.put("onsiteFrom", this.calendar.addBusinessDays(today, 25).toString());
				v.put("onsiteTo", this.calendar.addBusinessDays(today, 45).toString());
			}
			case AssessmentProcess.REVIEW_DOCUMENTS -> {
				for (int i = 1; i <= 15; i++) {
					v.put(String.format("area%02dPresent", i), true);
					v.put(String.format("area%02dComment", i), "内部規程に具体的な手順が定められている");
				}
				v.put("rulesConformity", "JIS Q 15001に基づく審査基準の要求事項を内部規程に定めている");
				v.put("procedures", "様式・記録により全従業者が遵守できる手順が整備されている");
				v.put("form6Used", true);
				v.put("form7Used", true);
				v.put("reviewResult", "CONFORMING");
				v.put("onsiteDiscussionNeeded", false);
			}
			case AssessmentProcess.SCHEDULE_ONSITE_AUDIT -> {
				v.put("onsiteDate", this.calendar.addBusinessDays(today, 5).toString());
				v.put("onsiteStartTime", "09:30");
				v.put("onsitePlace", "本社 3階会議室");
				v.put("agreedWithApplicant", true);
			}
			case AssessmentProcess.RECORD_ONSITE_AUDIT -> {
				v.put("heldOn", today.toString());
				v.put("attendees", "山田 太郎, 代表取締役, 役員\n佐藤 一郎, 個人情報保護管理者, 従業者\n鈴木 次郎, 監査責任者, 従業者");
				v.put("topInterview", "個人情報保護方針と事業の状況を確認した");
				v.put("operationsCheck", "顧客管理業務について特定・リスク分析・対策を確認した");
				v.put("siteCheck", "執務室の施錠・書類の保管を確認した");
				v.put("closingSummary", "指摘事項2件を説明し、質疑を受けた");
				for (String field : new String[] { "findingA", "findingB", "findingC", "findingD", "findingE",
						"findingF", "findingG" }) {
					v.put(field, "おおむね適切に運用されている");
				}
				v.put("nonconformitiesFound", true);
				v.put("onsiteOutcome", "COMPLETED");
			}
			case AssessmentProcess.INVOICE_ONSITE_AUDIT -> {
				v.put("travelYen", 4_620);
				v.put("lodgingYen", 0);
			}
			case AssessmentProcess.WRITE_FINDINGS_DOCUMENT -> {
				v.put("issuedOn", today.toString());
				v.put("onsiteAuditOn", today.toString());
				v.put("responsiblePerson", "審査責任者");
				v.put("conformityOpinion", "PMSはおおむね要求事項に適合しているが、次の不適合の是正を求める。");
				v.put("nonconformities", "教育の理解度確認の記録がない\n内部監査の結果が代表者に報告されていない");
				v.put("differsFromOnsite", false);
			}
			case AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT -> {
				v.put("reportReceivedOn", today.toString());
				v.put("reportSummary", "理解度確認テストを実施し記録した。内部監査報告書を代表者に提出する手順を定めた。");
				v.put("reportEvidence", "理解度確認テスト結果、改訂した内部監査規程、代表者への報告記録");
			}
			case AssessmentProcess.REVIEW_IMPROVEMENT_REPORT -> v.put("improvementOutcome", "ACCEPTED");
			case AssessmentProcess.WRITE_COMPLETION_REPORT -> {
				v.put("interviewedPositions", "代表取締役、個人情報保護管理者、監査責任者");
				v.put("operationsOverview", "顧客の氏名・連絡先を用いたシステム開発・保守業務");
				for (String field : new String[] { "findingA", "findingB", "findingC", "findingD", "findingE",
						"findingF", "findingG" }) {
					v.put(field, "適切に運用されている");
				}
				v.put("eligibilityOpinion", "ELIGIBLE");
				v.put("opinionReason", "不適合は改善報告により是正が確認された");
			}
			default -> {
			}
		}
		return v;
	}

	private static byte[] pdf(DocumentType type) {
		return ("%PDF-1.4\n% " + type.name() + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
