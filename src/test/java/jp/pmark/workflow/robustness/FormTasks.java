package jp.pmark.workflow.robustness;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.change.ChangeReportProcess;
import jp.pmark.workflow.clip.ClipProcess;
import jp.pmark.workflow.clip.ClipReviewProcess;
import jp.pmark.workflow.clip.ClipConsultationDriver;
import jp.pmark.workflow.clip.ClipConsultationProcess;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.letter.LetterDeliveryProcess;
import jp.pmark.workflow.merger.MergerCases;
import jp.pmark.workflow.merger.MergerProcess;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Open tasks of every form, to submit generated values to: each walked to with valid
 * answers by the drivers the process tests use (an assessment from the furthest case
 * waiting before the task). One form works on a case at a time; a form done with its case
 * leaves it for the next form. After an accepted submission the same task is opened again
 * in its case ({@link #reopen}), so that a thousand submissions do not need a thousand
 * walks.
 */
final class FormTasks {

	/** One step of the assessment and the answers that lead on to every later task. */
	private record Step(String taskKey, Map<String, Object> answers) {
	}

	/** The assessment through every user task: a discussion, findings, registration. */
	private static final List<Step> ASSESSMENT = List.of(new Step(AssessmentProcess.CHECK_RECEIPT, Map.of()),
			new Step(AssessmentProcess.SCREEN_DISQUALIFICATION, Map.of()),
			new Step(AssessmentProcess.CONFIRM_ASSESSMENT_START, Map.of()),
			new Step(AssessmentProcess.MAKE_AUDIT_PLAN, Map.of()),
			new Step(AssessmentProcess.APPOINT_AUDIT_TEAM, Map.of()),
			new Step(AssessmentProcess.REVIEW_DOCUMENTS, Map.of("onsiteDiscussionNeeded", true)),
			new Step(AssessmentProcess.DECIDE_ONSITE_AUDIT, Map.of()),
			new Step(AssessmentProcess.SCHEDULE_ONSITE_AUDIT, Map.of()),
			new Step(AssessmentProcess.RECORD_ONSITE_AUDIT, Map.of("nonconformitiesFound", true)),
			new Step(AssessmentProcess.INVOICE_ONSITE_AUDIT, Map.of()),
			new Step(AssessmentProcess.WRITE_FINDINGS_DOCUMENT, Map.of()),
			new Step(AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT, Map.of()),
			new Step(AssessmentProcess.REVIEW_IMPROVEMENT_REPORT, Map.of()),
			new Step(AssessmentProcess.WRITE_COMPLETION_REPORT, Map.of()),
			new Step(AssessmentProcess.DECIDE_ELIGIBILITY, Map.of()),
			new Step(AssessmentProcess.RECORD_REGISTRATION, Map.of()));

	private final AssessmentDriver driver;

	private final Tasklist tasklist;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final RepositoryService repositoryService;

	private final ManagementService managementService;

	private final HistoryService historyService;

	private final Applications applications;

	private final InvoiceService invoices;

	private final MergerCases mergers;

	private final JapaneseBusinessCalendar calendar;

	private final ClipConsultationDriver clipConsultations;

	/** A certified CLIP business the consultations' start forms name. */
	private String clipBusiness;

	/**
	 * Cases waiting at a form nobody works on: process/task key → process instance ids.
	 */
	private final Map<String, Deque<String>> waiting = new HashMap<>();

	/** How each form's task is opened in a new case; each gives the case's instance. */
	private final Map<String, Supplier<String>> openers = new HashMap<>();

	private final AtomicInteger serial = new AtomicInteger();

	/** How the tasks were opened: walked steps, cases moved back, restarted, new. */
	private final Map<String, Integer> openings = new TreeMap<>();

	/** An application under assessment that other processes' cases refer to. */
	private String application;

	FormTasks(AssessmentDriver driver, Tasklist tasklist, TaskService taskService, RuntimeService runtimeService,
			RepositoryService repositoryService, ManagementService managementService, HistoryService historyService,
			Applications applications, InvoiceService invoices, MergerCases mergers, JapaneseBusinessCalendar calendar,
			ClipConsultationDriver clipConsultations) {
		this.driver = driver;
		this.tasklist = tasklist;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.repositoryService = repositoryService;
		this.managementService = managementService;
		this.historyService = historyService;
		this.applications = applications;
		this.invoices = invoices;
		this.mergers = mergers;
		this.calendar = calendar;
		this.clipConsultations = clipConsultations;
		this.openers.put(key(ClipConsultationProcess.KEY, ClipConsultationProcess.HANDLE),
				clipConsultations::consultationAtHandling);
		for (Step step : ASSESSMENT) {
			this.openers.put(key(AssessmentProcess.KEY, step.taskKey()),
					() -> this.driver.instance(this.driver.applyOnline()).getId());
		}
		// the application's fee is invoiced once its receipt is checked
		this.openers.put(key(InvoiceProcess.KEY, InvoiceProcess.RECORD_PAYMENT), () -> {
			String number = this.driver.applyOnline();
			this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
			Invoice fee = this.invoices.invoicesOf(this.applications.get(number)).get(0);
			return this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(InvoiceProcess.KEY)
				.processInstanceBusinessKey(fee.getInvoiceNumber())
				.singleResult()
				.getId();
		});
		this.openers.put(key(ChangeReportProcess.KEY, ChangeReportProcess.VERIFY), this::contactChange);
		this.openers.put(key(ChangeReportProcess.KEY, ChangeReportProcess.RECEIVE_CLOSED_CERTIFICATE),
				this::closedCertificateRequested);
		this.openers.put(key(IncidentProcess.KEY, IncidentProcess.RECEIVE_PROMPT), () -> incident("NOTICE", false));
		this.openers.put(key(IncidentProcess.KEY, IncidentProcess.RECEIVE_FINAL), () -> incident("NOTICE", false));
		this.openers.put(key(IncidentProcess.KEY, IncidentProcess.FOLLOW_UP_PROMPT),
				() -> overdue(incident("NOTICE", false), IncidentProcess.PROMPT_OVERDUE));
		this.openers.put(key(IncidentProcess.KEY, IncidentProcess.FOLLOW_UP_FINAL),
				() -> overdue(incident("PROMPT", false), IncidentProcess.FINAL_OVERDUE));
		this.openers.put(key(IncidentProcess.KEY, IncidentProcess.NOTIFY_JIPDEC), () -> incident("PROMPT", true));
		this.openers.put(key(IncidentProcess.KEY, IncidentProcess.JUDGE), () -> incident("FINAL", false));
		this.openers.put(key(MergerProcess.KEY, MergerProcess.RECEIVE_DOCUMENTS), this::merger);
		// a letter the rules want on paper: the documents of an application not received
		// go back
		this.openers.put(key(LetterDeliveryProcess.KEY, LetterDeliveryProcess.POST), () -> {
			String number = this.driver.applyOnline();
			this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT, Map.of("presentDocuments",
					List.of("FORM_0", "FORM_1"), "receiptOutcome", "NOT_RECEIVED", "receiptReason", "必須書類がそろっていません"));
			return this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(LetterDeliveryProcess.KEY)
				.processInstanceBusinessKey(number)
				.singleResult()
				.getId();
		});
		// CLIP: a business enrolled through the API, at its advisor's guidance, at its
		// self-check, at its review
		this.openers.put(key(ClipReviewProcess.KEY, ClipReviewProcess.GUIDE), this::clipEnrolled);
		this.openers.put(key(ClipReviewProcess.KEY, ClipReviewProcess.RECEIVE_SELF_CHECK), this::clipAtSelfCheck);
		this.openers.put(key(ClipReviewProcess.KEY, ClipReviewProcess.REVIEW), () -> {
			String instance = clipAtSelfCheck();
			this.tasklist.submitForm(openTask(instance, ClipReviewProcess.RECEIVE_SELF_CHECK), clipSelfCheck());
			return instance;
		});
		this.openers.put(key(MergerProcess.KEY, MergerProcess.CONFIRM_OUTCOME), () -> {
			String instance = merger();
			this.tasklist.submitForm(openTask(instance, MergerProcess.RECEIVE_DOCUMENTS),
					Map.of("receivedDocuments", documentsDue(instance), "documentsReceivedOn", today()));
			return instance;
		});
	}

	boolean canOpen(TaskForm<?> form) {
		return this.openers.containsKey(key(form.process().key(), form.taskKey()));
	}

	/** An open task of the form that nobody else submits to. */
	Task open(TaskForm<?> form) {
		String key = key(form.process().key(), form.taskKey());
		for (int attempt = 0; attempt < 10; attempt++) {
			Task task = waitingAt(key);
			if (task != null) {
				return task;
			}
			if (AssessmentProcess.KEY.equals(form.process().key())) {
				task = furthestBefore(form.taskKey());
				if (task != null) {
					return task;
				}
			}
			note("new case for " + key);
			offer(this.openers.get(key).get());
		}
		throw new AssertionError("could not open a task of " + key);
	}

	/**
	 * The form's task again after a submission was accepted, in the same case: the case
	 * is moved back to it as an administrator would (Cockpit's modification, with what
	 * the submission moved on to cancelled), or restarted there when it ended. Null when
	 * neither can be done.
	 */
	Task reopen(Task task, Set<String> before) {
		String id = task.getProcessInstanceId();
		String key = task.getTaskDefinitionKey();
		try {
			if (this.runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
				ProcessInstanceModificationBuilder modification = this.runtimeService
					.createProcessInstanceModification(id)
					.startBeforeActivity(key);
				cancelNew(this.runtimeService.getActivityInstance(id), before, modification);
				modification.execute();
				note("moved back");
				return openTask(id, key);
			}
			HistoricProcessInstance ended = this.historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(id)
				.singleResult();
			this.runtimeService.restartProcessInstances(ended.getProcessDefinitionId())
				.startBeforeActivity(key)
				.processInstanceIds(id)
				.initialSetOfVariables()
				.execute();
			List<Task> restarted = this.taskService.createTaskQuery()
				.processDefinitionId(ended.getProcessDefinitionId())
				.processInstanceBusinessKey(ended.getBusinessKey())
				.taskDefinitionKey(key)
				.active()
				.orderByTaskCreateTime()
				.desc()
				.list();
			note("restarted");
			return restarted.isEmpty() ? null : restarted.get(0);
		}
		catch (RuntimeException ex) {
			note("not reopened " + key + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage());
			return null;
		}
	}

	private void note(String what) {
		synchronized (this.openings) {
			this.openings.merge(what, 1, Integer::sum);
		}
	}

	/** How the tasks were opened, for the run's report. */
	Map<String, Integer> openings() {
		synchronized (this.openings) {
			return new TreeMap<>(this.openings);
		}
	}

	/**
	 * The activity instances of the case: what a submission adds is what it moved on to.
	 */
	Set<String> activities(String processInstanceId) {
		Set<String> ids = new HashSet<>();
		collect(this.runtimeService.getActivityInstance(processInstanceId), ids);
		return ids;
	}

	private static void collect(ActivityInstance instance, Set<String> ids) {
		ids.add(instance.getId());
		for (TransitionInstance transition : instance.getChildTransitionInstances()) {
			ids.add(transition.getId());
		}
		for (ActivityInstance child : instance.getChildActivityInstances()) {
			collect(child, ids);
		}
	}

	private static void cancelNew(ActivityInstance instance, Set<String> before,
			ProcessInstanceModificationBuilder modification) {
		for (ActivityInstance child : instance.getChildActivityInstances()) {
			if (before.contains(child.getId())) {
				cancelNew(child, before, modification);
			}
			else {
				modification.cancelActivityInstance(child.getId());
			}
		}
		for (TransitionInstance transition : instance.getChildTransitionInstances()) {
			if (!before.contains(transition.getId())) {
				modification.cancelTransitionInstance(transition.getId());
			}
		}
	}

	/** The door is done with the task: its case waits for the next form. */
	void release(Task task) {
		if (task != null) {
			offer(task.getProcessInstanceId());
		}
	}

	/** Valid answers of the task's form, as Tasklist submits them. */
	FormValues answers(Task task, String user) {
		String process = this.repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
		String key = task.getTaskDefinitionKey();
		if (AssessmentProcess.KEY.equals(process)) {
			String number = businessKey(task.getProcessInstanceId());
			Map<String, Object> answers = ASSESSMENT.stream()
				.filter((step) -> step.taskKey().equals(key))
				.findFirst()
				.map(Step::answers)
				.orElse(Map.of());
			return FormValues.of(this.driver.defaults(number, key)).with(answers);
		}
		FormValues prefilled = this.tasklist.prefilled(task, user);
		String today = today();
		Map<String, Object> answers = new LinkedHashMap<>();
		switch (key) {
			case InvoiceProcess.RECORD_PAYMENT -> {
				Invoice invoice = this.invoices.find(businessKey(task.getProcessInstanceId())).orElseThrow();
				answers.put("paidOn", today);
				answers.put("paidAmount", invoice.getTotalYen());
				answers.put("paymentReference", "FZ" + this.serial.incrementAndGet());
			}
			case ChangeReportProcess.VERIFY -> {
				answers.put("verificationOutcome", "APPLY");
				answers.put("oldDetailsConfirmed", true);
			}
			case ChangeReportProcess.RECEIVE_CLOSED_CERTIFICATE -> {
				answers.put("certificateOutcome", "RECEIVED");
				answers.put("certificateReceivedOn", today);
			}
			case IncidentProcess.RECEIVE_PROMPT, IncidentProcess.RECEIVE_FINAL -> {
				answers.put("reportReceivedOn", today);
				answers.put("reportChannel", "MAIL");
				answers.put("reportSummary", "名簿を誤送付した。回収済み。");
			}
			case IncidentProcess.FOLLOW_UP_PROMPT, IncidentProcess.FOLLOW_UP_FINAL -> {
				answers.put("followedUpOn", today);
				answers.put("followUpNote", "事業者に電話し、報告の提出を求めた。");
				answers.put("lateReportReceivedOn", today);
				answers.put("lateReportSummary", "名簿を誤送付した。回収済み。");
			}
			case IncidentProcess.NOTIFY_JIPDEC -> {
				answers.put("jipdecNotifiedOn", today);
				answers.put("noticeMethod", "PHONE");
				answers.put("jipdecContact", "事故報告窓口 担当者");
				answers.put("jipdecNotice", "クレジットカード番号を含む顧客情報の漏えい。");
			}
			case IncidentProcess.JUDGE -> {
				answers.put("levelText", "規約の欠格事項 C 相当（組織的な管理の不備）");
				answers.put("measure", "CAUTION");
				answers.put("committeeMeeting", "第8回事故審議委員会");
				answers.put("outsideExperts", "弁護士 山川 一郎");
				answers.put("decidedOn", today);
				answers.put("decisionReason", "再発防止策の実施状況を確認するため");
			}
			case MergerProcess.RECEIVE_DOCUMENTS -> {
				answers.put("receivedDocuments", documentsDue(task.getProcessInstanceId()));
				answers.put("documentsReceivedOn", today);
			}
			case ClipReviewProcess.GUIDE -> answers.putAll(clipGuidance("GUIDE"));
			case ClipReviewProcess.RECEIVE_SELF_CHECK -> answers.putAll(clipSelfCheck());
			case ClipReviewProcess.REVIEW -> {
				answers.put("decision", "RETURN");
				answers.put("reasons", "安全管理措置の手順を定めてください。");
			}
			case LetterDeliveryProcess.POST -> {
				answers.put("postedOn", today);
				answers.put("postMethod", "SIMPLE_REGISTERED");
				answers.put("trackingNumber", "FZ-" + this.serial.incrementAndGet());
			}
			case ClipConsultationProcess.HANDLE -> answers.putAll(this.clipConsultations.closingAnswers());
			default -> {
				// the form's prefills are its answers (the merger's outcome)
			}
		}
		return prefilled.with(answers);
	}

	private Map<String, Object> clipEnrolment() {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("plan", "STANDARD");
		form.put("name", "ファズ工房" + this.serial.incrementAndGet());
		form.put("representativeName", "木村 葵");
		form.put("postalCode", "150-0002");
		form.put("address", "東京都渋谷区渋谷3-3-3");
		form.put("contactName", "木村 葵");
		form.put("contactEmail", "fz@example.jp");
		form.put("employees", 2);
		return form;
	}

	/** A CLIP business enrolled through the API: its guidance process. */
	private String clipEnrolled() {
		String json;
		try {
			json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(clipEnrolment());
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		Tasklist.Response enrolled = this.tasklist.post(Fixtures.RECEPTION, "/api/clip/businesses", json);
		if (enrolled.status() != 201) {
			throw new AssertionError("CLIP enrolment answered " + enrolled.status() + ": " + enrolled.body());
		}
		String number = enrolled.json().path("enrolmentNumber").asText();
		// the call of the guidance process starts in a job of its own
		String main = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ClipProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult()
			.getId();
		this.managementService.createJobQuery()
			.processInstanceId(main)
			.messages()
			.list()
			.forEach((job) -> this.managementService.executeJob(job.getId()));
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ClipReviewProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult()
			.getId();
	}

	/** A CLIP business whose advisor moved it on to its self-check. */
	private String clipAtSelfCheck() {
		String instance = clipEnrolled();
		this.tasklist.submitForm(openTask(instance, ClipReviewProcess.GUIDE), clipGuidance("SELF_CHECK"));
		return instance;
	}

	private static Map<String, Object> clipGuidance(String nextStep) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("mode", "ONLINE");
		answers.put("topics", "利用目的の特定と公表");
		answers.put("nextStep", nextStep);
		return answers;
	}

	private Map<String, Object> clipSelfCheck() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("compliantItems", List.of("L01", "L02", "L03", "L04", "L05", "L06", "L07", "L09", "L13", "L14"));
		answers.put("notApplicableItems", List.of("L08", "L10", "L11", "L12"));
		answers.put("optionalItems", List.of());
		answers.put("declaredBy", "代表 木村 葵");
		answers.put("declaredOn", today());
		answers.put("submittedOn", today());
		return answers;
	}

	/** Valid answers of a process's start form, for a case of the shared application. */
	Map<String, Object> startAnswers(String processKey) {
		String number = application();
		String today = today();
		Map<String, Object> form = new LinkedHashMap<>();
		switch (processKey) {
			case AssessmentProcess.KEY -> {
				form.put("channel", "MAIL");
				form.put("appliedOn", today);
				form.put("applicantName", "株式会社髙島商事");
				form.put("corporateNumber", AssessmentDriver.newCorporateNumber());
				form.put("address", "東京都千代田区丸の内1-1-1");
				form.put("representativeName", "髙島 一郎");
				form.put("contactName", "鈴木 花子");
				form.put("contactAddress", "東京都千代田区丸の内1-1-1");
				form.put("industry", "WHOLESALE");
				form.put("capitalYen", 50_000_000L);
				form.put("headcount", 40);
				form.put("fullTimeStaff", 35);
				form.put("assessmentRequested", true);
				form.put("consentGiven", true);
				form.put("registryCertificateIssuedOn", this.calendar.today().minusDays(20).toString());
				form.put("receivedDocuments", List.of("FORM_0", "FORM_1"));
			}
			case ChangeReportProcess.KEY -> form.putAll(contactChangeForm(number));
			case IncidentProcess.KEY -> form.putAll(incidentForm(number, "NOTICE", false));
			case MergerProcess.KEY -> form.putAll(mergerForm(number));
			case ClipProcess.KEY -> form.putAll(clipEnrolment());
			case ClipConsultationProcess.KEY -> form.putAll(this.clipConsultations.startAnswers(clipBusiness()));
			default -> throw new AssertionError("no start answers for " + processKey);
		}
		return form;
	}

	/**
	 * The task waiting at the key in a case nobody works on, taken from the waiting
	 * cases.
	 */
	private Task waitingAt(String key) {
		while (true) {
			String instance;
			synchronized (this.waiting) {
				Deque<String> cases = this.waiting.get(key);
				instance = (cases == null) ? null : cases.poll();
				if (instance != null) {
					// one form works on a case at a time
					for (Deque<String> others : this.waiting.values()) {
						others.remove(instance);
					}
				}
			}
			if (instance == null) {
				return null;
			}
			Task task = openTask(instance, key.substring(key.indexOf('/') + 1));
			if (task != null) {
				return task;
			}
		}
	}

	/** The task walked to from the furthest assessment waiting before it. */
	private Task furthestBefore(String taskKey) {
		int target = index(taskKey);
		for (int from = target - 1; from >= 0; from--) {
			Task start = waitingAt(key(AssessmentProcess.KEY, ASSESSMENT.get(from).taskKey()));
			if (start == null) {
				continue;
			}
			String number = businessKey(start.getProcessInstanceId());
			try {
				for (int step = from; step < target; step++) {
					Step walked = ASSESSMENT.get(step);
					this.driver.complete(number, walked.taskKey(), walked.answers());
					note("walked a step");
					if (AssessmentProcess.DECIDE_ELIGIBILITY.equals(walked.taskKey())) {
						this.driver.executeJipdecJob(number);
					}
				}
				return this.driver.task(number, taskKey);
			}
			catch (AssertionError ex) {
				// a case a generated answer took elsewhere: left as it is
			}
		}
		return null;
	}

	/**
	 * Where a door comes in the run: the assessment's forms first, in the walk's order.
	 */
	static int order(FuzzRun.Door door) {
		for (int i = 0; i < ASSESSMENT.size(); i++) {
			if (door.name().endsWith(AssessmentProcess.KEY + "/" + ASSESSMENT.get(i).taskKey())) {
				return i;
			}
		}
		return ASSESSMENT.size();
	}

	private static int index(String taskKey) {
		for (int i = 0; i < ASSESSMENT.size(); i++) {
			if (ASSESSMENT.get(i).taskKey().equals(taskKey)) {
				return i;
			}
		}
		throw new AssertionError("not a task of the assessment: " + taskKey);
	}

	/** The open tasks of the case wait for their forms. */
	private void offer(String processInstanceId) {
		for (Task task : this.taskService.createTaskQuery().processInstanceId(processInstanceId).active().list()) {
			String process = this.repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
			synchronized (this.waiting) {
				this.waiting.computeIfAbsent(key(process, task.getTaskDefinitionKey()), (k) -> new ArrayDeque<>())
					.add(processInstanceId);
			}
		}
	}

	private Task openTask(String processInstanceId, String taskKey) {
		List<Task> tasks = this.taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.active()
			.list();
		return tasks.isEmpty() ? null : tasks.get(0);
	}

	/** The certified CLIP business the consultations' start forms name. */
	private synchronized String clipBusiness() {
		if (this.clipBusiness == null) {
			this.clipBusiness = this.clipConsultations.certifiedBusiness();
		}
		return this.clipBusiness;
	}

	/** The application the other processes' cases refer to; no form works on it. */
	private synchronized String application() {
		if (this.application == null) {
			this.application = this.driver.applyOnline();
		}
		return this.application;
	}

	private Map<String, Object> contactChangeForm(String applicationNumber) {
		return Map.of("channel", "MAIL", "applicationNumber", applicationNumber, "reportedOn", today(), "kinds",
				List.of("CONTACT"), "newContactName", "田中 三郎", "reportFormAttached", true);
	}

	private String contactChange() {
		return this.tasklist.startForm(ChangeReportProcess.KEY, contactChangeForm(application()));
	}

	private String closedCertificateRequested() {
		String number = application();
		Map<String, Object> form = new LinkedHashMap<>(contactChangeForm(number));
		form.remove("newContactName");
		form.put("kinds", List.of("NAME"));
		form.put("corporateNumber", this.applications.get(number).getApplicant().getCorporateNumber());
		form.put("newName", "株式会社閉鎖確認" + this.serial.incrementAndGet());
		String instance = this.tasklist.startForm(ChangeReportProcess.KEY, form);
		this.tasklist.submitForm(openTask(instance, ChangeReportProcess.VERIFY),
				Map.of("verificationOutcome", "REQUEST_CLOSED_CERTIFICATE", "verificationReason", "旧商号を確認できません"));
		return instance;
	}

	private Map<String, Object> incidentForm(String applicationNumber, String reportKind, boolean secondaryDamage) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("channel", "MAIL");
		form.put("reporterStatus", "UNDER_ASSESSMENT");
		form.put("applicationNumber", applicationNumber);
		form.put("discoveredOn", this.calendar.today().minusDays(2).toString());
		form.put("category", "LEAK");
		form.put("personsAffected", 10L);
		form.put("sensitive", true);
		form.put("secondaryDamageLikely", secondaryDamage);
		form.put("financialDamage", secondaryDamage);
		// another incident each time: the same report again would be a repeat
		form.put("summary", "顧客名簿を誤って別の顧客に送付した（" + this.serial.incrementAndGet() + "）");
		form.put("reportKind", reportKind);
		form.put("reportedOn", today());
		return form;
	}

	private String incident(String reportKind, boolean secondaryDamage) {
		return this.tasklist.startForm(IncidentProcess.KEY, incidentForm(application(), reportKind, secondaryDamage));
	}

	/**
	 * Fires the report's deadline now (the timer job run early, as the job executor would
	 * when due).
	 */
	private String overdue(String instance, String timer) {
		Job job = this.managementService.createJobQuery().processInstanceId(instance).activityId(timer).singleResult();
		this.managementService.executeJob(job.getId());
		return instance;
	}

	private Map<String, Object> mergerForm(String applicationNumber) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("applicationNumber", applicationNumber);
		form.put("event", "MERGER_ABSORBED");
		form.put("counterparty", "NON_HOLDER");
		form.put("counterpartyName", "株式会社存続");
		form.put("effectiveOn", today());
		form.put("notifiedOn", today());
		form.put("description", "代表者から電話で連絡があった");
		return form;
	}

	private String merger() {
		return this.tasklist.startForm(MergerProcess.KEY, mergerForm(application()));
	}

	private List<String> documentsDue(String processInstanceId) {
		return this.mergers.get(businessKey(processInstanceId)).documentsDue().stream().map(Enum::name).toList();
	}

	private String businessKey(String processInstanceId) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult()
			.getBusinessKey();
	}

	private String today() {
		return this.calendar.today().toString();
	}

	private static String key(String processKey, String taskKey) {
		return processKey + "/" + taskKey;
	}

}
