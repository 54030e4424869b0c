package jp.pmark.workflow.intake;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.assessment.PortalApplications;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** INT-1, INT-2: the intake API for online applications, and every refusal it gives. */
@PmarkSpringTest
class IntakeApiTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Applications applications;

	@Autowired
	SubmittedDocuments submittedDocuments;

	@Autowired
	SubmittedDocumentRepository documents;

	@Autowired
	RuntimeService runtimeService;

	@BeforeEach
	void people() {
		this.fixtures.ensure();
	}

	private static ByteArrayResource file(String name, byte[] content) {
		return new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	private MultiValueMap<String, Object> validForm(String corporateNumber) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		LocalDate today = LocalDate.now();
		form.add("appliedOn", today.toString());
		form.add("assessmentRequested", "true");
		form.add("consentGiven", "true");
		form.add("registryCertificateIssuedOn", today.minusDays(7).toString());
		form.add("applicantName", "株式会社オンライン申請");
		form.add("corporateNumber", corporateNumber);
		form.add("address", "福岡県福岡市中央区天神1-1-1");
		form.add("representativeName", "﨑山 太郎");
		form.add("contactName", "安田 花子");
		form.add("contactAddress", "福岡県福岡市中央区天神1-1-1");
		form.add("contactEmail", "yasuda@example.jp");
		form.add("industry", "RETAIL");
		form.add("capitalYen", "30000000");
		form.add("headcount", "60");
		form.add("fullTimeStaff", "45");
		for (DocumentType type : DocumentType.mandatory()) {
			form.add(OnlineApplicationRequest.fieldOf(type), file(type.name() + ".pdf", AssessmentDriver.pdf()));
		}
		form.add("brochure", file("会社案内.png", png()));
		return form;
	}

	private static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xDE };
	}

	private ResponseEntity<JsonNode> post(String user, MultiValueMap<String, Object> form) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(user, TestUsers.PASSWORD)
			.postForEntity("/api/applications", new HttpEntity<>(form, headers), JsonNode.class);
	}

	private static List<String> rules(ResponseEntity<JsonNode> response) {
		return response.getBody().path("violations").findValuesAsText("rule");
	}

	private static List<String> fields(ResponseEntity<JsonNode> response) {
		return response.getBody().path("violations").findValuesAsText("field");
	}

	@Test
	@DisplayName("INT-1 INT-2 INT-11 an online application with its files is stored byte for byte (one over 1 MB, kept in a temporary file while received) and its assessment started; the number and the documents as stored come back")
	void accepted() {
		MultiValueMap<String, Object> form = validForm(AssessmentDriver.newCorporateNumber());
		byte[] largeBrochure = Arrays.copyOf(png(), 1_500_000);
		form.set("brochure", file("会社案内.png", largeBrochure));
		ResponseEntity<JsonNode> response = post(Fixtures.RECEPTION, form);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String number = response.getBody().path("applicationNumber").asText();
		assertThat(number).matches("PM\\d{4}-\\d{4}");
		assertThat(response.getHeaders().getLocation().toString()).endsWith("/api/applications/" + number);
		Application application = this.applications.get(number);
		assertThat(application.getChannel()).isEqualTo(Channel.ONLINE);
		assertThat(application.getApplicant().getRepresentativeName()).isEqualTo("崎山 太郎");
		assertThat(this.submittedDocuments.documents(number)).hasSize(DocumentType.mandatory().size() + 1)
			.anySatisfy((document) -> {
				assertThat(document.type()).isEqualTo(DocumentType.BROCHURE);
				assertThat(document.mediaType()).isEqualTo("image/png");
			});
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.processDefinitionKey(AssessmentProcess.KEY)
			.count()).isOne();
		JsonNode status = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.getForEntity("/api/applications/" + number, JsonNode.class)
			.getBody();
		assertThat(status.path("statusJa").asText()).isEqualTo("受付済（書類確認待ち）");
		assertThat(response.getBody().path("documents")).isEqualTo(status.path("documents"));
		for (DocumentSummary document : this.submittedDocuments.documents(number)) {
			byte[] stored = this.documents.findById(document.id()).orElseThrow().getContent();
			assertThat(stored)
				.isEqualTo((document.type() == DocumentType.BROCHURE) ? largeBrochure : AssessmentDriver.pdf());
		}
	}

	@Test
	@DisplayName("INT-2 a file whose content is not an accepted type is refused with its name and the allowed types, whatever its name says")
	void badFileType() {
		MultiValueMap<String, Object> form = validForm(AssessmentDriver.newCorporateNumber());
		form.remove("pmsDocuments");
		form.add("pmsDocuments", file("規程一式.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
		form.add("articles", file("定款.exe.docx", AssessmentDriver.pdf()));
		long before = this.runtimeService.createProcessInstanceQuery().count();
		ResponseEntity<JsonNode> response = post(Fixtures.RECEPTION, form);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(rules(response)).containsOnly("INT-2");
		assertThat(fields(response)).contains("pmsDocuments[0]", "articles[1]");
		assertThat(response.getBody().path("violations"))
			.anySatisfy(
					(violation) -> assertThat(violation.path("message").asText()).contains("規程一式.pdf", "PDF", "PNG"))
			.anySatisfy((violation) -> assertThat(violation.path("message").asText()).contains("定款.exe.docx", "拡張子"));
		assertThat(this.runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	@DisplayName("CHG-6 CHG-5 a bad corporate number, a 12-digit one, and an individual number in any text are refused")
	void numbers() {
		MultiValueMap<String, Object> badCheckDigit = validForm("7000012050003");
		ResponseEntity<JsonNode> response = post(Fixtures.RECEPTION, badCheckDigit);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(response)).containsExactly("applicant.corporateNumber");
		assertThat(rules(response)).containsExactly("CHG-6");

		MultiValueMap<String, Object> myNumber = validForm("123456789018");
		myNumber.set("contactPhone", "マイナンバーは１２３４－５６７８－９０１８です");
		ResponseEntity<JsonNode> refused = post(Fixtures.RECEPTION, myNumber);
		assertThat(rules(refused)).containsOnly("CHG-5");
		// refused at the door, naming the fields as the caller sent them, before anything
		// is read
		assertThat(fields(refused)).containsExactlyInAnyOrder("corporateNumber", "contactPhone");
		assertThat(refused.getBody().toString()).doesNotContain("9018").contains("法律");
	}

	@Test
	@DisplayName("GEN-2 a file name with a NUL character is refused naming the field and the rule, not a 500")
	void controlCharacterInFileName() {
		String boundary = "nul" + System.nanoTime();
		String first = DocumentType.mandatory().iterator().next().name();
		byte[] body = new String(PortalApplications.body(boundary, PortalApplications.fields("株式会社ファイル名")),
				StandardCharsets.ISO_8859_1)
			.replace("filename=\"" + first + ".pdf\"", "filename=\"" + first + "\u0000.pdf\"")
			.getBytes(StandardCharsets.ISO_8859_1);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_TYPE, PortalApplications.contentType(boundary));
		ResponseEntity<JsonNode> response = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.postForEntity("/api/applications", new HttpEntity<>(body, headers), JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(fields(response)).containsExactly("files");
		assertThat(rules(response)).containsExactly("GEN-2");
	}

	@Test
	@DisplayName("INT-6 INT-3 INT-7 a missing consent, a missing mandatory document and an old registry certificate are each refused")
	void consentAndDocuments() {
		MultiValueMap<String, Object> form = validForm(AssessmentDriver.newCorporateNumber());
		form.set("consentGiven", "false");
		form.set("assessmentRequested", "false");
		form.remove("officerList");
		form.remove("riskAnalysis");
		form.set("registryCertificateIssuedOn", LocalDate.now().minusMonths(4).toString());
		ResponseEntity<JsonNode> response = post(Fixtures.RECEPTION, form);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("violations"))
			.extracting((v) -> v.path("field").asText() + "/" + v.path("rule").asText())
			.contains("consentGiven/INT-6", "assessmentRequested/INT-6", "files.OFFICER_LIST/INT-7",
					"files.RISK_ANALYSIS/INT-3", "registryCertificateIssuedOn/INT-3");
		assertThat(response.getBody().path("violations").get(0).path("messageEn").asText()).isNotBlank();
	}

	@Test
	@DisplayName("§1 the intake API needs authentication and a member of reception")
	void authentication() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		assertThat(this.rest
			.postForEntity("/api/applications",
					new HttpEntity<>(validForm(AssessmentDriver.newCorporateNumber()), headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(post(Fixtures.ACCOUNTING, validForm(AssessmentDriver.newCorporateNumber())).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("INT-1 GEN-2 the API is documented with OpenAPI and a Swagger UI page, both behind the login")
	void openApi() {
		// the description is for staff and partners who log in
		assertThat(this.rest.getForEntity("/v3/api-docs", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		TestRestTemplate rest = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD);
		JsonNode docs = rest.getForEntity("/v3/api-docs", JsonNode.class).getBody();
		assertThat(docs.path("paths").has("/api/applications")).isTrue();
		assertThat(docs.path("paths").has("/api/payments")).isTrue();
		assertThat(docs.toString()).contains("registryCertificate", "オンライン申請");
		assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
