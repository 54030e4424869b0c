package jp.pmark.workflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.clip.ClipBusiness;
import jp.pmark.workflow.clip.ClipBusinessRepository;
import jp.pmark.workflow.clip.ClipEnrolment;
import jp.pmark.workflow.clip.ClipEnrolments;
import jp.pmark.workflow.clip.ClipPlan;
import jp.pmark.workflow.clip.ClipProcess;
import jp.pmark.workflow.clip.ClipReviewProcess;
import jp.pmark.workflow.clip.GuidanceForm;
import jp.pmark.workflow.clip.NextStep;
import jp.pmark.workflow.clip.ReviewForm;
import jp.pmark.workflow.clip.ReviewResult;
import jp.pmark.workflow.clip.SelfCheckForm;
import jp.pmark.workflow.clip.SupportMode;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.guard.CorporateNumbers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The CLIP mark at its stages (CLIP-1..CLIP-6), so that the advisor (yamada) and the
 * reviewer (sasaki) find work in Tasklist: a one-person business in guidance, a business
 * whose checklist and declaration the advisor awaits, a business whose self-check awaits
 * review, a certified business with its e-learning link, and one whose yearly renewal is
 * open. Seeded once.
 */
@Component
@Profile("demo")
@Order(230)
class DemoClip implements ApplicationRunner {

	/** The one-person business (CLIP-1). */
	static final String ONE_PERSON = "ひとり設計事務所";

	private static final Logger log = LoggerFactory.getLogger(DemoClip.class);

	private final ClipEnrolments enrolments;

	private final ClipBusinessRepository businesses;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final DemoSteps steps;

	private final JapaneseBusinessCalendar calendar;

	DemoClip(ClipEnrolments enrolments, ClipBusinessRepository businesses, RuntimeService runtimeService,
			TaskService taskService, ManagementService managementService, DemoSteps steps,
			JapaneseBusinessCalendar calendar) {
		this.enrolments = enrolments;
		this.businesses = businesses;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.managementService = managementService;
		this.steps = steps;
		this.calendar = calendar;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.businesses.findByNameOrderById(ONE_PERSON).isEmpty()) {
			return;
		}
		// the advisor: a one-person business (no corporate number), guided by mail
		String one = enrol(ClipPlan.LIGHT, ONE_PERSON, null, "森 一人", 1);
		guide(one, SupportMode.MAIL, NextStep.GUIDE, "利用目的の特定と、顧客名簿の保管方法を確認した。");
		// the advisor again: guided, its checklist and declaration awaited
		String selfCheck = enrol(ClipPlan.STANDARD, "はなみずき歯科クリニック", corporate("010005024681"), "花水 咲", 4);
		guide(selfCheck, SupportMode.ONLINE, NextStep.SELF_CHECK, "患者情報（要配慮個人情報）の取得時の同意と、カルテの保管方法を確認した。");
		// the reviewer: a self-check with every legal duty met
		String review = enrol(ClipPlan.STANDARD, "株式会社みどり会計サポート", corporate("010001098765"), "緑川 浩", 8);
		guide(review, SupportMode.ONLINE, NextStep.SELF_CHECK, "安全管理措置の手順と従業者教育の計画を作成した。");
		selfCheck(review);
		// certified: an Active plan, visited once
		String certified = enrol(ClipPlan.ACTIVE, "さくら訪問看護ステーション合同会社", corporate("010003012343"), "桜井 真理", 25);
		guide(certified, SupportMode.VISIT, NextStep.SELF_CHECK, "事業所を訪問し、要配慮個人情報（看護記録）の取扱規程を策定した。");
		selfCheck(certified);
		certify(certified);
		// the renewal open: certified, reminded, the renewal opened by the engine's
		// timers
		String renewing = enrol(ClipPlan.STANDARD, "こもれびデザイン", null, "木村 葵", 3);
		guide(renewing, SupportMode.ONLINE, NextStep.SELF_CHECK, "プライバシーポリシーの公表と開示請求の手順を整えた。");
		selfCheck(renewing);
		certify(renewing);
		fire(renewing, ClipProcess.REMINDER_DUE);
		fire(renewing, ClipProcess.RENEWAL_OPENS);
		log.info(
				"demo CLIP businesses seeded: {} (guidance), {} (self-check awaited), {} (review), {} (certified), {} (renewal)",
				one, selfCheck, review, certified, renewing);
	}

	private String enrol(ClipPlan plan, String name, String corporateNumber, String representative, int employees) {
		ClipBusiness business = this.enrolments.enrol(
				new ClipEnrolment(plan, name, corporateNumber, representative, "150-0002", "東京都渋谷区渋谷3-3-3",
						representative, "clip-demo@example.invalid", "03-0000-2222", employees, false, null, null),
				"sato");
		this.runtimeService.startProcessInstanceByKey(ClipProcess.KEY, business.getEnrolmentNumber(),
				this.enrolments.variables(business));
		settle(business.getEnrolmentNumber());
		return business.getEnrolmentNumber();
	}

	private void guide(String number, SupportMode mode, NextStep next, String topics) {
		this.steps.submit(task(number, ClipReviewProcess.GUIDE),
				FormValues
					.of(new GuidanceForm.Input(this.calendar.today(), mode, (mode == SupportMode.VISIT) ? 1 : null,
							(mode == SupportMode.VISIT) ? 2_340L : null, topics, "個人情報取扱規程", null, null, next, null)));
		settle(number);
	}

	private void selfCheck(String number) {
		LocalDate today = this.calendar.today();
		this.steps.submit(task(number, ClipReviewProcess.RECEIVE_SELF_CHECK),
				FormValues.of(new SelfCheckForm.Input(
						List.of("L01", "L02", "L03", "L04", "L05", "L06", "L07", "L09", "L13", "L14"),
						List.of("L08", "L10", "L11", "L12"), List.of("D01"), "代表者", today, today)));
	}

	private void certify(String number) {
		this.steps.submit(task(number, ClipReviewProcess.REVIEW),
				FormValues.of(new ReviewForm.Input(ReviewResult.CERTIFY, true, "法的義務はすべて満たされている。")));
		settle(number);
	}

	private Task task(String number, String taskKey) {
		return this.taskService.createTaskQuery()
			.processDefinitionKey(ClipReviewProcess.KEY)
			.processInstanceBusinessKey(number)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	private void fire(String number, String timer) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ClipProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult()
			.getId();
		Job job = this.managementService.createJobQuery().processInstanceId(instance).activityId(timer).singleResult();
		this.managementService.executeJob(job.getId());
		settle(number);
	}

	/** Runs the case's continuations now rather than waiting for the job executor. */
	private void settle(String number) {
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = new ArrayList<>();
			for (String key : List.of(ClipProcess.KEY, ClipReviewProcess.KEY)) {
				this.runtimeService.createProcessInstanceQuery()
					.processDefinitionKey(key)
					.processInstanceBusinessKey(number)
					.list()
					.forEach((instance) -> jobs.addAll(this.managementService.createJobQuery()
						.processInstanceId(instance.getId())
						.messages()
						.list()));
			}
			if (jobs.isEmpty()) {
				return;
			}
			for (Job job : jobs) {
				try {
					this.managementService.executeJob(job.getId());
				}
				catch (RuntimeException ex) {
					// the job executor took it first
					log.debug("job {} ran elsewhere: {}", job.getId(), ex.getMessage());
				}
			}
		}
	}

	private static String corporate(String twelveDigits) {
		return CorporateNumbers.checkDigit(twelveDigits) + twelveDigits;
	}

}
