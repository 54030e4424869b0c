package jp.pmark.workflow.letter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEN-3 over the API: the letters of an application, with how each went out, and their
 * PDFs as they were sent, for the managers and for the staff a task of the case is
 * offered to; nobody else. GEN-1: a correction is a new letter naming the one it
 * replaces, whose PDF stays as it was.
 */
@PmarkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LettersApiTest {

	/** A portal's technical user: past the gate only for what applicants send. */
	private static final String PORTAL = "t-letters-portal";

	/** A process designer: staff, but not of the letters' groups. */
	private static final String DESIGNER = "t-letters-designer";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	Letters letters;

	@Autowired
	LetterRenderer renderer;

	@Autowired
	LetterDeliveries deliveries;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	/** The application with letters: waiting for the team's document review. */
	private String number;

	/** Who the document review is offered to. */
	private String offered;

	/** Another application's letter. */
	private Letter otherCase;

	@BeforeEach
	void caseWithLetters() {
		if (this.number != null) {
			return;
		}
		String application = this.driver.applyOnline();
		for (String task : new String[] { AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM }) {
			this.driver.complete(application, task);
		}
		this.offered = this.tasklist.userFor(this.driver.task(application, AssessmentProcess.REVIEW_DOCUMENTS));
		String other = this.driver.applyOnline();
		this.driver.complete(other, AssessmentProcess.CHECK_RECEIPT);
		this.otherCase = this.letters.ofCases(List.of(other)).get(0);
		TestUsers.ensure(this.identityService, PORTAL, List.of(StaffGroup.PORTAL_GROUP_ID));
		TestUsers.ensure(this.identityService, DESIGNER, List.of(StaffGroup.PROCESS_DESIGNERS.id()));
		this.number = application;
	}

	private String path() {
		return "/api/applications/" + this.number + "/letters";
	}

	@Test
	@DisplayName("GEN-3 the case's letters (acceptance notice, invoice, team notice) are listed with their number, date, delivery and PDF for a manager and for the person a task of the case is offered to")
	void listForManagerAndOffered() {
		List<Letter> recorded = this.letters.ofCases(List.of(this.number));
		assertThat(recorded).extracting(Letter::getKind).contains("ACCEPTANCE_NOTICE", "TEAM_NOTICE");
		for (String user : List.of(Fixtures.MANAGER, this.offered)) {
			Tasklist.Response list = this.tasklist.get(user, path());
			assertThat(list.status()).as("%s: %s", user, list.body()).isEqualTo(200);
			List<Long> ids = new ArrayList<>();
			list.json().forEach((letter) -> ids.add(letter.path("id").asLong()));
			assertThat(ids).as(user).containsExactlyElementsOf(recorded.stream().map(Letter::getId).toList());
			JsonNode first = list.json().get(0);
			Letter letter = recorded.get(0);
			assertThat(first.path("number").asText()).isEqualTo(this.renderer.number(letter.getId()));
			assertThat(first.path("kind").asText()).isEqualTo(letter.getKind());
			assertThat(first.path("title").asText()).isEqualTo(letter.getTitle());
			assertThat(first.path("date").asText()).isEqualTo(this.renderer.dateOf(letter).toString());
			assertThat(first.path("delivery").path("channel").asText()).isEqualTo("MAIL");
			assertThat(first.path("delivery").path("summary").asText()).startsWith("メール送信");
			assertThat(first.path("delivery").path("emailTo").asText()).isEqualTo(letter.getEmailTo());
			assertThat(first.path("pdf").asText()).isEqualTo(path() + "/" + letter.getId() + ".pdf");
			assertThat(list.body()).doesNotContain("\"id\":" + this.otherCase.getId() + ",");
		}
	}

	@Test
	@DisplayName("GEN-3 §1 staff not offered a task of the case get a 403 problem; no login 401; the portal and a process designer are refused")
	void othersRefused() {
		// the other auditor: the review's candidate group is theirs, but it is offered to
		// the case's audit team only (restrictedToUsers), and the engine refuses its form
		Task review = this.driver.task(this.number, AssessmentProcess.REVIEW_DOCUMENTS);
		assertThat(this.tasklist.get(Fixtures.AUDITOR_B, "/engine-rest/task/" + review.getId() + "/form-variables")
			.status()).isEqualTo(403);
		Tasklist.Response notOffered = this.tasklist.get(Fixtures.AUDITOR_B, path());
		assertThat(notOffered.status()).isEqualTo(403);
		assertThat(notOffered.json().path("type").asText()).isEqualTo("https://pmark.jp/problems/forbidden");
		assertThat(notOffered.body()).doesNotContain(this.number + "_letter");
		Letter first = this.letters.ofCases(List.of(this.number)).get(0);
		assertThat(download(Fixtures.AUDITOR_B, pdfPath(first)).statusCode()).isEqualTo(403);
		assertThat(this.tasklist.get(Fixtures.COMMITTEE_A, path()).status()).isEqualTo(403);

		assertThat(this.tasklist.anonymousGet(path()).status()).isEqualTo(401);
		assertThat(this.tasklist.anonymousGet(pdfPath(first)).status()).isEqualTo(401);
		Tasklist.Response portal = this.tasklist.get(PORTAL, path());
		assertThat(portal.status()).isEqualTo(403);
		assertThat(portal.body()).doesNotContain(first.getTitle());
		assertThat(this.tasklist.get(DESIGNER, path()).status()).isEqualTo(403);
		assertThat(download(PORTAL, pdfPath(first)).statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("GEN-3 a letter's PDF downloads as it is kept: application/pdf, an attachment named by the case and letter, the kept sha256")
	void pdfDownload() {
		Letter notice = this.letters.ofCases(List.of(this.number))
			.stream()
			.filter((letter) -> letter.getKind().equals("ACCEPTANCE_NOTICE"))
			.findFirst()
			.orElseThrow();
		for (String user : List.of(Fixtures.MANAGER, this.offered)) {
			HttpResponse<byte[]> pdf = download(user, pdfPath(notice));
			assertThat(pdf.statusCode()).as(user).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
				.contains(this.number + "_letter-" + notice.getId() + "_acceptance-notice.pdf");
			// the same bytes as the PDF that goes out (kept when it is mailed or posted)
			assertThat(sha256(pdf.body())).isEqualTo(this.deliveries.pdf(notice).getSha256());
			assertThat(text(pdf.body())).contains(this.renderer.number(notice.getId()), "申請書受理通知書", this.number);
		}
	}

	@Test
	@DisplayName("GEN-3 GEN-2 a letter of another case, or none, under this application's number: a 400 problem naming letterId")
	void letterOfAnotherCase() {
		int otherLetters = this.letters.ofCases(List.of(this.otherCase.getCaseKey())).size();
		for (String path : List.of(pdfPath(this.otherCase), path() + "/999999999.pdf")) {
			HttpResponse<byte[]> refused = download(Fixtures.MANAGER, path);
			assertThat(refused.statusCode()).as(path).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			JsonNode violation = json(refused.body()).path("violations").get(0);
			assertThat(violation.path("field").asText()).isEqualTo("letterId");
			assertThat(violation.path("rule").asText()).isEqualTo("GEN-3");
		}
		Tasklist.Response correction = this.tasklist.post(Fixtures.MANAGER,
				path() + "/" + this.otherCase.getId() + "/corrections",
				"{\"reason\":\"誤記\",\"changes\":{\"申請者\":\"株式会社別\"}}");
		assertThat(correction.status()).isEqualTo(400);
		assertThat(correction.json().path("violations").get(0).path("field").asText()).isEqualTo("letterId");
		assertThat(this.letters.ofCases(List.of(this.otherCase.getCaseKey()))).hasSize(otherLetters);
	}

	@Test
	@DisplayName("GEN-1 GEN-2 a correction is refused without a reason, without changes, with an item the letter does not have, and for anyone but a manager; nothing is recorded")
	void correctionRefusals() {
		Letter notice = acceptanceNotice();
		String corrections = path() + "/" + notice.getId() + "/corrections";
		int before = this.letters.ofCases(List.of(this.number)).size();
		assertRefused(this.tasklist.post(Fixtures.MANAGER, corrections, "{\"changes\":{\"申請者\":\"株式会社訂正\"}}"), "reason",
				"GEN-1");
		assertRefused(this.tasklist.post(Fixtures.MANAGER, corrections,
				"{\"reason\":\"  \",\"changes\":{\"申請者\":\"株式会社訂正\"}}"), "reason", "GEN-1");
		assertRefused(this.tasklist.post(Fixtures.MANAGER, corrections, "{\"reason\":\"誤記のため\",\"changes\":{}}"),
				"changes", "GEN-1");
		assertRefused(this.tasklist.post(Fixtures.MANAGER, corrections, "{\"reason\":\"誤記のため\"}"), "changes", "GEN-1");
		assertRefused(this.tasklist.post(Fixtures.MANAGER, corrections,
				"{\"reason\":\"誤記のため\",\"changes\":{\"存在しない項目\":\"値\"}}"), "changes.存在しない項目", "GEN-1");
		// the invoice is a part of the letter, not a text to replace
		assertRefused(
				this.tasklist.post(Fixtures.MANAGER, corrections, "{\"reason\":\"誤記のため\",\"changes\":{\"請求書\":\"値\"}}"),
				"changes.請求書", "GEN-1");
		Tasklist.Response lead = this.tasklist.post(this.offered, corrections,
				"{\"reason\":\"誤記のため\",\"changes\":{\"申請者\":\"株式会社訂正\"}}");
		assertThat(lead.status()).isEqualTo(403);
		assertThat(lead.json().path("type").asText()).isEqualTo("https://pmark.jp/problems/forbidden");
		assertThat(this.tasklist.post(PORTAL, corrections, "{\"reason\":\"誤記のため\",\"changes\":{\"申請者\":\"株式会社訂正\"}}")
			.status()).isEqualTo(403);
		assertThat(this.letters.ofCases(List.of(this.number))).hasSize(before);
	}

	@Test
	@DisplayName("GEN-1 GEN-3 a manager corrects a letter: 201, a new letter naming the one it replaces, its PDF says which letter it corrects and why and shows the new value; the earlier letter and its PDF are unchanged")
	void correction() {
		Letter notice = acceptanceNotice();
		assertThat(this.letters.contents(notice).get("申請者")).isInstanceOf(String.class);
		byte[] earlier = download(Fixtures.MANAGER, pdfPath(notice)).body();
		String earlierSha = sha256(earlier);
		String reason = "申請者の名称に誤記があったため";
		Tasklist.Response created = this.tasklist.post(Fixtures.MANAGER, path() + "/" + notice.getId() + "/corrections",
				"{\"reason\":\"" + reason + "\",\"changes\":{\"申請者\":\"株式会社訂正後テスト\"}}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode body = created.json();
		long id = body.path("id").asLong();
		assertThat(id).isGreaterThan(notice.getId());
		assertThat(body.path("replacesLetterId").asLong()).isEqualTo(notice.getId());
		assertThat(body.path("correctionReason").asText()).isEqualTo(reason);
		assertThat(body.path("kind").asText()).isEqualTo("ACCEPTANCE_NOTICE");
		assertThat(body.path("pdf").asText()).isEqualTo(path() + "/" + id + ".pdf");

		Letter corrected = this.letters.find(id).orElseThrow();
		assertThat(corrected.getCreatedBy()).isEqualTo(Fixtures.MANAGER);
		assertThat(corrected.getCaseKey()).isEqualTo(this.number);
		assertThat(this.letters.contents(corrected)).containsEntry("申請者", "株式会社訂正後テスト");
		HttpResponse<byte[]> pdf = download(Fixtures.MANAGER, body.path("pdf").asText());
		assertThat(pdf.statusCode()).isEqualTo(200);
		keep("corrected-letter", pdf.body());
		String text = text(pdf.body());
		assertThat(text).contains(this.renderer.number(notice.getId()) + "を訂正するもの", "訂正の理由：" + reason, "株式会社訂正後テスト",
				this.renderer.number(id));

		// the earlier letter: as it was, its PDF the same bytes
		Letter again = this.letters.find(notice.getId()).orElseThrow();
		assertThat(again.getContents()).isEqualTo(notice.getContents());
		assertThat(again.getReplacesLetterId()).isNull();
		byte[] now = download(Fixtures.MANAGER, pdfPath(notice)).body();
		assertThat(sha256(now)).isEqualTo(earlierSha).isEqualTo(this.deliveries.pdf(notice).getSha256());
		assertThat(text(now)).doesNotContain("株式会社訂正後テスト", "訂正の理由");
		// both listed, the new one naming the earlier
		Tasklist.Response list = this.tasklist.get(this.offered, path());
		List<Long> replaces = new ArrayList<>();
		list.json().forEach((letter) -> {
			if (letter.path("id").asLong() == id) {
				replaces.add(letter.path("replacesLetterId").asLong());
			}
		});
		assertThat(replaces).containsExactly(notice.getId());
		assertThat(list.body()).contains("\"id\":" + notice.getId() + ",");
	}

	private Letter acceptanceNotice() {
		return this.letters.ofCases(List.of(this.number))
			.stream()
			.filter((letter) -> letter.getKind().equals("ACCEPTANCE_NOTICE") && letter.getReplacesLetterId() == null)
			.findFirst()
			.orElseThrow();
	}

	private static void assertRefused(Tasklist.Response response, String field, String rule) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		JsonNode violations = response.json().path("violations");
		List<String> fields = new ArrayList<>();
		violations.forEach((violation) -> {
			fields.add(violation.path("field").asText());
			assertThat(violation.path("rule").asText()).isEqualTo(rule);
			assertThat(violation.path("message").asText()).isNotBlank();
		});
		assertThat(fields).as(response.body()).contains(field);
	}

	private String pdfPath(Letter letter) {
		return path() + "/" + letter.getId() + ".pdf";
	}

	/** A GET as the user (Basic), the body as bytes. */
	private HttpResponse<byte[]> download(String user, String path) {
		String credentials = user + ":" + TestUsers.PASSWORD;
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.tasklist.baseUrl() + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Keeps a PDF and its first page as an image under target/letters, to look at. */
	private static void keep(String name, byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Path folder = Files.createDirectories(Path.of("target", "letters"));
			Files.write(folder.resolve(name + ".pdf"), pdf);
			javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
					folder.resolve(name + ".png").toFile());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** The PDF's text, without the spaces and line breaks of its layout. */
	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// as it reads on the page, line by line
			stripper.setSortByPosition(true);
			return stripper.getText(document).replaceAll("\\s+", "");
		}
		catch (IOException ex) {
			throw new AssertionError("not a PDF", ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(byte[] body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new AssertionError(new String(body, StandardCharsets.UTF_8), ex);
		}
	}

}
