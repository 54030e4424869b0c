package jp.pmark.workflow.letter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestMailPort;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GEN-3 end to end: letters go out by real SMTP (GreenMail on a free loopback port) with
 * their PDF, once each, however often or by how many nodes their job runs; a mail server
 * that does not answer sends the letter to reception, who posts it.
 * <p>
 * The shared test context (application-test.yaml:
 * {@code pmark.letters.mail.transport=smtp} on {@code spring.mail.port}, two attempts
 * before a letter goes by post); GreenMail listens on that port while these tests run.
 */
@PmarkSpringTest
@DisplayName("GEN-3: letters are mailed with their PDF, once each; a mail that keeps failing is posted by reception")
class LetterMailTest {

	/** pmark.letters.mail.attempts in application-test.yaml. */
	static final int ATTEMPTS = 2;

	/** The mail server's port, chosen once: GreenMail is restarted on it. */
	static final int SMTP_PORT = TestMailPort.PORT;

	static final String APPLICANT_MAIL = "sato@example.co.jp";

	private static final AtomicLong CASES = new AtomicLong(System.currentTimeMillis() % 100_000);

	static GreenMail smtp = startSmtp();

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Autowired
	Letters letters;

	@Autowired
	LetterRepository letterRecords;

	@Autowired
	LetterDeliveries deliveries;

	@Autowired
	LetterPdfRepository pdfs;

	@Autowired
	LetterRenderer renderer;

	@Autowired
	PlatformTransactionManager transactions;

	TransactionTemplate ownTransaction;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Autowired
	Tasklist tasklist;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Autowired
	Fixtures fixtures;

	@Value("${pmark.letters.granting-body-email}")
	String grantingBodyEmail;

	@Value("${pmark.letters.sender.name}")
	String senderName;

	@BeforeEach
	void people() {
		this.fixtures.ensure();
		this.ownTransaction = new TransactionTemplate(this.transactions);
	}

	/** Every kind of letter the product records, with its Japanese title. */
	static final Map<String, String> KINDS = kinds();

	static Map<String, String> kinds() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("ACCEPTANCE_NOTICE", "申請書受理通知書");
		kinds.put("INVOICE", "文書審査料のご請求について（請求書）");
		kinds.put("PAYMENT_REMINDER", "審査料金のお支払いについて（督促）");
		kinds.put("RETURN_NOT_RECEIVED", "申請書類の返却について（受取不可）");
		kinds.put("RETURN_NOT_ACCEPTED", "申請書類の返却について（受理不可）");
		kinds.put("DISQUALIFIED_NOTICE", "付与適格性審査の申請について（欠格事項への該当）");
		kinds.put("TRANSFER_TO_JIPDEC", "申請案件の移送について（3.1.4）");
		kinds.put("NOT_STARTED_NOTICE", "付与適格性審査の着手について");
		kinds.put("TEAM_NOTICE", "審査担当の通知について");
		kinds.put("DOCUMENT_REVIEW_RESULT", "文書審査の結果について");
		kinds.put("ONSITE_AUDIT_NOTICE", "現地審査の実施について");
		kinds.put("FINDINGS_DOCUMENT", "指摘事項文書");
		kinds.put("FURTHER_REPORT_REQUEST", "改善報告の追加について");
		kinds.put("WITHDRAWAL_NOTICE", "申請の取下げについて");
		kinds.put("TERMINATION_NOTICE", "付与適格性審査の終了について");
		kinds.put("DECISION_NOTICE", "プライバシーマーク付与適格性審査の結果について");
		kinds.put("DECISION_VOID_NOTICE", "付与適格決定の失効について");
		kinds.put("JIPDEC_REPORT", "プライバシーマーク付与適格決定の報告について");
		kinds.put("RENEWAL_REMINDER", "プライバシーマーク付与の更新申請のご案内");
		kinds.put("RENEWAL_WINDOW_CLOSED", "更新申請受付期間の終了について");
		kinds.put("REGISTRATION_LAPSED", "プライバシーマーク登録の有効期間満了について");
		kinds.put("CHANGE_APPLIED", "プライバシーマーク付与に係る変更報告の受付について");
		kinds.put("CLOSED_CERTIFICATE_REQUEST", "閉鎖事項証明書のご提出のお願い");
		kinds.put("CHANGE_RETURNED", "プライバシーマーク付与に係る変更報告の差戻しについて");
		kinds.put("INCIDENT_MEASURE", "個人情報の取扱いにおける事故等に対する措置について");
		kinds.put("INCIDENT_SECONDARY_DAMAGE", "二次被害のおそれがある事故等について（報告）");
		kinds.put("MERGER_OUTCOME", "合併等に伴うプライバシーマークの取扱いについて");
		return kinds;
	}

	/** The kinds addressed to the granting body (JIPDEC) rather than the applicant. */
	static final List<String> TO_GRANTING_BODY = List.of("JIPDEC_REPORT", "TRANSFER_TO_JIPDEC",
			"INCIDENT_SECONDARY_DAMAGE");

	static final List<String> ON_PAPER = List.of("RETURN_NOT_RECEIVED", "RETURN_NOT_ACCEPTED", "DISQUALIFIED_NOTICE",
			"TRANSFER_TO_JIPDEC");

	@Test
	@DisplayName("GEN-3: each of the 27 kinds of letter is mailed once to its addressee with its PDF, "
			+ "the kinds on paper (INT-5, INT-9, INT-13) go to reception to post, JIPDEC_REPORT (JIP-1) nowhere")
	void everyKindIsMailed() throws Exception {
		assertThat(KINDS).as("every kind has its template").hasSize(27);
		assertThat(KINDS.keySet()).allSatisfy((kind) -> assertThat(getClass().getClassLoader()
			.getResource(LetterRenderer.FOLDER + LetterRenderer.templateOf(kind) + ".html")).isNotNull());
		String caseNumber = newCaseNumber();
		List<Letter> recorded = new ArrayList<>();
		for (Map.Entry<String, String> kind : KINDS.entrySet()) {
			Addressee to = TO_GRANTING_BODY.contains(kind.getKey()) ? Recipients.JIPDEC
					: Addressee.of("〒105-0004 東京都港区新橋1-1-1\n株式会社メール試験\n総務部 佐藤 一郎 様",
							kind.getKey().toLowerCase(Locale.ROOT).replace('_', '-') + "@example.co.jp");
			recorded.add(this.letters.record(null, caseNumber, kind.getKey(), kind.getValue(), to,
					contents(kind.getKey(), caseNumber), "t-reception"));
		}
		for (Letter letter : recorded) {
			if (letter.getKind().equals("JIPDEC_REPORT")) {
				assertThat(this.deliveries.delivery(letter.getId())).as("a record only (JIP-1)").isEmpty();
				assertThat(deliveryInstance(letter.getId())).as("no delivery process for %s", letter.getKind())
					.isNull();
				assertThat(this.letterRecords.findById(letter.getId())).isPresent();
			}
			else if (ON_PAPER.contains(letter.getKind())) {
				assertThat(mailJob(letter.getId())).as("no mail job for %s", letter.getKind()).isNull();
				assertThat(postTask(letter.getId())).as("a post task for %s", letter.getKind()).isNotNull();
				assertThat(delivery(letter).getState()).isEqualTo(LetterDelivery.State.TO_POST);
				assertThat(delivery(letter).getPostReason()).isEqualTo("書類の返却等、紙で送付する文書");
			}
			else {
				runMailJob(letter.getId());
				assertMailed(letter, TO_GRANTING_BODY.contains(letter.getKind()) ? this.grantingBodyEmail
						: letter.getKind().toLowerCase(Locale.ROOT).replace('_', '-') + "@example.co.jp");
				assertThat(deliveryInstance(letter.getId())).as("the delivery of %s ended", letter.getKind()).isNull();
				assertThat(endedAt(letter.getId())).isEqualTo("EndEvent_Mailed");
			}
		}
		assertThat(recorded.stream()
			.filter((letter) -> this.deliveries.delivery(letter.getId())
				.map((d) -> d.getState() == LetterDelivery.State.SENT)
				.orElse(false))
			.count()).as("every kind but the paper ones and the record").isEqualTo(27 - 4 - 1);

		// a letter on paper: reception posts it by hand, no tracking number needed
		Letter paper = recorded.stream().filter((l) -> l.getKind().equals("RETURN_NOT_RECEIVED")).findFirst().get();
		this.tasklist.submitForm(postTask(paper.getId()),
				Map.of("postedOn", this.calendar.today().toString(), "postMethod", "HANDED"));
		assertThat(delivery(paper).getState()).isEqualTo(LetterDelivery.State.POSTED);
		assertThat(delivery(paper).getPostMethod()).isEqualTo("窓口で手渡し");
		assertThat(endedAt(paper.getId())).isEqualTo("EndEvent_Posted");
	}

	@Test
	@DisplayName("GEN-3 (INT-4, FEE-1, AUD-2, DEC-1): an application's letters reach the applicant's contact "
			+ "address as the assessment goes, each with its PDF")
	void assessmentLettersReachTheApplicant() throws Exception {
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);
		Application application = this.applications.get(number);
		List<Letter> recorded = this.letterRecords.findByApplicationIdOrderById(application.getId());
		assertThat(recorded).extracting(Letter::getKind)
			.contains("ACCEPTANCE_NOTICE", "TEAM_NOTICE", "ONSITE_AUDIT_NOTICE", "INVOICE", "DECISION_NOTICE",
					"JIPDEC_REPORT");
		for (Letter letter : recorded) {
			if (letter.getKind().equals("JIPDEC_REPORT")) {
				assertThat(this.deliveries.delivery(letter.getId())).isEmpty();
				continue;
			}
			assertThat(letter.getCaseKey()).isEqualTo(number);
			runMailJob(letter.getId());
			assertMailed(letter, APPLICANT_MAIL);
		}
	}

	@Test
	@DisplayName("GEN-3: a letter mailed is never mailed again: the job run again after a restart sends nothing")
	void notTwiceAfterARestart() throws Exception {
		Letter letter = recordOne("TEAM_NOTICE");
		runMailJob(letter.getId());
		assertMailed(letter, mailOf(letter));
		this.deliveries.mail(letter.getId());
		this.deliveries.mail(letter.getId());
		assertThat(mailsWith(delivery(letter).getMessageId())).hasSize(1);
		assertThat(delivery(letter).getAttempts()).isEqualTo(1);
		assertThat(delivery(letter).getState()).isEqualTo(LetterDelivery.State.SENT);
	}

	@Test
	@DisplayName("GEN-3: two nodes mailing the same letter at the same moment send it once")
	void notTwiceFromTwoNodes() throws Exception {
		Letter letter = recordOne("DOCUMENT_REVIEW_RESULT");
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<String>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(CompletableFuture.supplyAsync(() -> {
					try {
						together.await(10, TimeUnit.SECONDS);
						this.deliveries.mail(letter.getId());
						return "returned";
					}
					catch (RuntimeException ex) {
						// the other node held the letter (its PDF, its claim): this job's
						// transaction fails and the engine runs it again later
						return "held elsewhere";
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}, nodes));
			}
			List<String> outcomes = runs.stream().map(CompletableFuture::join).toList();
			assertThat(outcomes).as("at least one node mailed it").contains("returned");
		}
		finally {
			nodes.shutdownNow();
		}
		assertMailed(letter, mailOf(letter));
		assertThat(delivery(letter).getAttempts()).as("claimed once").isEqualTo(1);
		// the letter's own job finds it sent and ends its process
		runMailJob(letter.getId());
		assertThat(mailsWith(delivery(letter).getMessageId())).hasSize(1);
		assertThat(endedAt(letter.getId())).isEqualTo("EndEvent_Mailed");
	}

	@Test
	@DisplayName("GEN-3: a node that stops while mailing leaves no claim behind (its transaction rolls back), "
			+ "and the letter goes out once with its Message-ID")
	void stoppedNodeLeavesNoClaim() throws Exception {
		Letter letter = recordOne("ONSITE_AUDIT_NOTICE");
		String messageId = delivery(letter).getMessageId();
		// a node claimed it and stopped before its transaction ended
		this.ownTransaction.executeWithoutResult((status) -> {
			assertThat(this.jdbc.update(
					"update letter_delivery set state = 'SENDING', attempts = attempts + 1 where letter_id = ?",
					letter.getId()))
				.isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(delivery(letter).getState()).isEqualTo(LetterDelivery.State.PENDING);
		runMailJob(letter.getId());
		assertMailed(letter, mailOf(letter));
		assertThat(mailsWith(messageId)).singleElement()
			.satisfies((mail) -> assertThat(mail.getHeader("Message-ID")).containsExactly(messageId));
		assertThat(delivery(letter).getAttempts()).isEqualTo(1);
		assertThat(endedAt(letter.getId())).isEqualTo("EndEvent_Mailed");
	}

	@Test
	@DisplayName("GEN-3: a mail server that does not answer: the process tries again after 10 minutes, then reception posts the letter "
			+ "(an incident until then), its form refusing a posting without tracking number or in the future")
	void failedMailGoesByPost() throws Exception {
		Letter letter = recordOne("FURTHER_REPORT_REQUEST");
		String messageId = delivery(letter).getMessageId();
		smtp.stop();
		try {
			runMailJob(letter.getId());
			assertThat(mailJob(letter.getId())).as("no attempt while it waits").isNull();
			Job retry = this.managementService.createJobQuery()
				.processInstanceId(deliveryInstance(letter.getId()).getId())
				.activityId(LetterDeliveryProcess.RETRY_MAIL)
				.timers()
				.singleResult();
			assertThat(retry).as("the process waits to try again").isNotNull();
			assertThat(retry.getDuedate()).as("in 10 minutes")
				.isAfter(new Date(System.currentTimeMillis() + 9 * 60_000));
			LetterDelivery afterFirst = delivery(letter);
			assertThat(afterFirst.getState()).isEqualTo(LetterDelivery.State.FAILED);
			assertThat(afterFirst.getAttempts()).isEqualTo(1);
			assertThat(afterFirst.getLastError()).contains("Connect");
			assertThat(LetterDeliveries.describe(afterFirst)).isEqualTo("メール送信を再試行中（1回失敗）");

			// the second attempt is the last (pmark.letters.mail.attempts: 2)
			this.managementService.executeJob(retry.getId());
			runMailJob(letter.getId());
		}
		finally {
			smtp = startSmtp();
		}
		assertThat(mailsWith(messageId)).isEmpty();
		assertThat(mailJob(letter.getId())).isNull();
		Task post = postTask(letter.getId());
		assertThat(post).as("reception posts it").isNotNull();
		assertThat(post.getTaskDefinitionKey()).isEqualTo(LetterDeliveryProcess.POST);
		LetterDelivery toPost = delivery(letter);
		assertThat(toPost.getState()).isEqualTo(LetterDelivery.State.TO_POST);
		assertThat(toPost.getAttempts()).isEqualTo(ATTEMPTS);
		assertThat(toPost.getPostReason()).isEqualTo("メールの送信に失敗した（2回）");

		ProcessInstance instance = deliveryInstance(letter.getId());
		Incident incident = this.runtimeService.createIncidentQuery()
			.processInstanceId(instance.getId())
			.incidentType(LetterDeliveryProcess.INCIDENT_NOT_MAILED)
			.singleResult();
		assertThat(incident).as("Cockpit shows it").isNotNull();
		assertThat(incident.getIncidentMessage()).contains("PM審第" + letter.getId() + "号").contains("（2回）");
		// a manager sees it through the REST API, as Cockpit does
		Tasklist.Response incidents = this.tasklist.get(Fixtures.MANAGER, "/engine-rest/incident?incidentType="
				+ LetterDeliveryProcess.INCIDENT_NOT_MAILED + "&processInstanceId=" + instance.getId());
		assertThat(incidents.status()).as(incidents.body()).isEqualTo(200);
		JsonNode listed = incidents.json();
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).path("id").asText()).isEqualTo(incident.getId());
		assertThat(listed.get(0).path("incidentMessage").asText()).contains("受付担当が郵送します");

		// reception posts it, the form refusing what cannot be
		LocalDate today = this.calendar.today();
		assertThat(this.tasklist.refused(post, Map.of("postedOn", today.toString(), "postMethod", "SIMPLE_REGISTERED")))
			.contains("【GEN-3】")
			.contains("追跡番号");
		assertThat(this.tasklist.refused(post, Map.of("postedOn", today.plusDays(1).toString(), "postMethod",
				"SIMPLE_REGISTERED", "trackingNumber", "1234-5678-9012")))
			.contains("【GEN-3】")
			.contains("郵送した日");
		assertThat(delivery(letter).getState()).as("nothing recorded yet").isEqualTo(LetterDelivery.State.TO_POST);
		this.tasklist.submitForm(post, Map.of("postedOn", today.toString(), "postMethod", "SIMPLE_REGISTERED",
				"trackingNumber", "1234-5678-9012"));

		LetterDelivery posted = delivery(letter);
		assertThat(posted.getState()).isEqualTo(LetterDelivery.State.POSTED);
		assertThat(posted.getPostedOn()).isEqualTo(today);
		assertThat(posted.getPostMethod()).isEqualTo("簡易書留");
		assertThat(posted.getTrackingNumber()).isEqualTo("1234-5678-9012");
		assertThat(posted.getPostedBy()).isEqualTo(Fixtures.RECEPTION);
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(deliveryInstance(letter.getId())).isNull();
		assertThat(endedAt(letter.getId())).isEqualTo("EndEvent_Posted");
		assertThat(mailsWith(messageId)).as("never mailed after all").isEmpty();
	}

	@Test
	@DisplayName("GEN-3: a letter's PDF is kept once: one rendered later elsewhere (no two renderings are "
			+ "the same bytes) is refused, and the one kept is the one mailed")
	void firstPdfKept() throws Exception {
		Letter letter = recordOne("WITHDRAWAL_NOTICE");
		LetterPdf kept = this.deliveries.pdf(letter);
		// a node that found no PDF before this one was kept saves its own now, made from
		// an
		// edited template (a letter renders to the same bytes only while its template is
		// unchanged)
		byte[] edited = java.util.Arrays.copyOf(kept.getContent(), kept.getContent().length + 1);
		LetterRenderer.Rendered again = new LetterRenderer.Rendered(edited, "0".repeat(64), "edited", 1);
		assertThatThrownBy(() -> this.ownTransaction
			.executeWithoutResult((status) -> this.pdfs.saveAndFlush(new LetterPdf(letter.getId(), again))))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.pdfs.findById(letter.getId()).orElseThrow().getContent()).isEqualTo(kept.getContent());
		runMailJob(letter.getId());
		assertMailed(letter, mailOf(letter));
	}

	// --- helpers

	private Letter recordOne(String kind) {
		String caseNumber = newCaseNumber();
		return this.letters.record(null, caseNumber, kind, KINDS.get(kind),
				Addressee.of("〒105-0004 東京都港区新橋1-1-1\n株式会社メール試験\n総務部 佐藤 一郎 様",
						"letter-" + caseNumber.toLowerCase(Locale.ROOT) + "@example.co.jp"),
				contents(kind, caseNumber), "t-reception");
	}

	private static String mailOf(Letter letter) {
		return letter.getEmailTo();
	}

	private static String newCaseNumber() {
		return "ML2026-" + String.format(Locale.ROOT, "%05d", CASES.incrementAndGet() % 100_000);
	}

	/**
	 * Simple contents every template renders: the items, a body, an invoice where due.
	 */
	static Map<String, Object> contents(String kind, String caseNumber) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", caseNumber);
		contents.put("申請者", "株式会社メール試験");
		contents.put("本文", "メールの試験のための文書です（" + kind + "）。");
		switch (kind) {
			case "ACCEPTANCE_NOTICE" -> contents.put("請求書", invoice(caseNumber));
			case "INVOICE" -> contents.putAll(invoice(caseNumber));
			case "DECISION_NOTICE" -> {
				contents.put("結果", "付与適格");
				contents.put("決定日", "2026-06-01");
				contents.put("審査会", "第12回審査会");
			}
			case "FINDINGS_DOCUMENT" -> {
				contents.put("発行日", "2026-06-01");
				contents.put("現地審査日", "2026-05-20");
				contents.put("不適合", List.of("A.3.3.1 特定の漏れ"));
			}
			default -> contents.put("日付", "2026-06-01");
		}
		return contents;
	}

	static Map<String, Object> invoice(String caseNumber) {
		Map<String, Object> invoice = new LinkedHashMap<>();
		invoice.put("請求書番号", "INV2026-99001");
		invoice.put("申請番号", caseNumber);
		invoice.put("請求先", "株式会社メール試験");
		invoice.put("発行日", "2026-06-01");
		invoice.put("件名", "申請料");
		invoice.put("ご請求金額（税込）", "52,382円");
		invoice.put("明細", List.of(Map.of("品目", "申請料", "金額", "52,382円", "税率", "10%")));
		invoice.put("10%対象（税込）", "52,382円");
		invoice.put("うち消費税額（10%）", "4,762円");
		invoice.put("お支払期限", "2026-07-01");
		return invoice;
	}

	/**
	 * The letter reached its addressee once: To, the Japanese subject with its title and
	 * case, the cover text, the stored PDF attached, and its Message-ID.
	 */
	private void assertMailed(Letter letter, String to) throws Exception {
		LetterDelivery delivery = delivery(letter);
		assertThat(delivery.getState()).as("%s sent", letter.getKind()).isEqualTo(LetterDelivery.State.SENT);
		assertThat(delivery.getSentAt()).isNotNull();
		assertThat(delivery.getLastError()).isNull();
		List<MimeMessage> mails = mailsWith(delivery.getMessageId());
		assertThat(mails).as("mails of %s (%s)", letter.getKind(), delivery.getMessageId()).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getHeader("Message-ID")).containsExactly(delivery.getMessageId());
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(to);
		assertThat(mail.getSubject()).startsWith("【" + this.senderName + "】")
			.contains(letter.getTitle())
			.contains("（" + letter.getCaseKey() + "）");
		String fileName = this.deliveries.fileName(letter);
		List<Part> parts = new ArrayList<>();
		leaves(mail, parts);
		List<Part> texts = parts.stream().filter((part) -> isType(part, "text/plain")).toList();
		assertThat(texts).hasSize(1);
		String cover = (String) texts.get(0).getContent();
		assertThat(cover).contains("「" + letter.getTitle() + "」をお送りいたします")
			.contains(fileName)
			.contains("平素よりプライバシーマーク制度の運営にご理解とご協力を賜り")
			.contains(this.senderName);
		List<Part> pdfParts = parts.stream().filter((part) -> isType(part, "application/pdf")).toList();
		assertThat(pdfParts).as("one PDF attached").hasSize(1);
		Part attachment = pdfParts.get(0);
		assertThat(attachment.getFileName()).isEqualTo(fileName);
		byte[] attached = attachment.getInputStream().readAllBytes();
		assertThat(new String(attached, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		assertThat(attached).as("the PDF kept with the case")
			.isEqualTo(this.pdfs.findById(letter.getId())
				.orElseThrow(() -> new AssertionError("no PDF kept for " + letter.getId()))
				.getContent());
	}

	private static boolean isType(Part part, String type) {
		try {
			return part.isMimeType(type);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void leaves(Part part, List<Part> into) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				leaves(multipart.getBodyPart(i), into);
			}
		}
		else {
			into.add(part);
		}
	}

	/** What GreenMail received with this Message-ID. */
	private static List<MimeMessage> mailsWith(String messageId) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			if (messageId.equals(mail.getMessageID())) {
				found.add(mail);
			}
		}
		return found;
	}

	private LetterDelivery delivery(Letter letter) {
		return this.deliveries.delivery(letter.getId()).orElseThrow();
	}

	private ProcessInstance deliveryInstance(long letterId) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(LetterDeliveryProcess.KEY)
			.variableValueEquals(LetterDeliveryProcess.VAR_LETTER_ID, letterId)
			.singleResult();
	}

	/** The end event the letter's delivery process ended at. */
	private String endedAt(long letterId) {
		var ended = this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(LetterDeliveryProcess.KEY)
			.variableValueEquals(LetterDeliveryProcess.VAR_LETTER_ID, letterId)
			.finished()
			.singleResult();
		return (ended != null) ? ended.getEndActivityId() : null;
	}

	private Job mailJob(long letterId) {
		ProcessInstance instance = deliveryInstance(letterId);
		if (instance == null) {
			return null;
		}
		return this.managementService.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(LetterDeliveryProcess.MAIL)
			.singleResult();
	}

	private void runMailJob(long letterId) {
		Job job = mailJob(letterId);
		assertThat(job).as("the mail job of letter %s", letterId).isNotNull();
		this.managementService.executeJob(job.getId());
	}

	private Task postTask(long letterId) {
		ProcessInstance instance = deliveryInstance(letterId);
		if (instance == null) {
			return null;
		}
		return this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(LetterDeliveryProcess.POST)
			.singleResult();
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

}
