package jp.pmark.workflow.clip;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.support.PmarkSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLIP-7: the public register over HTTP, without credentials, as a consignor uses it.
 * Every test starts and ends with full allowances ({@link RegisterRateLimiter#reset}), so
 * that the one test that exhausts its allowance leaves none of the shared context's other
 * lookups refused.
 */
@PmarkSpringTest
class RegisterTest {

	static final List<String> CLIP_FIELDS = List.of("scheme", "name", "certificateNumber", "status", "statusJa",
			"certifiedSince", "plan", "lastReviewOn", "validUntil");

	static final List<String> PMARK_FIELDS = List.of("scheme", "name", "registrationNumber", "status", "statusJa",
			"validFrom", "validUntil");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private ClipBusinessRepository businesses;

	@Autowired
	private RegisterRateLimiter limiter;

	@Autowired
	private RegisterProperties properties;

	@Autowired
	private AssessmentDriver driver;

	@Autowired
	private JapaneseBusinessCalendar calendar;

	@Autowired
	private Environment environment;

	@BeforeEach
	@AfterEach
	void fullAllowances() {
		this.limiter.reset();
	}

	/** A business enrolled with its whole file: address, contact, people, advisor. */
	ClipBusiness enrolled(String name, String corporateNumber) {
		int n = ThreadLocalRandom.current().nextInt(1_000_000);
		ClipEnrolment enrolment = new ClipEnrolment(ClipPlan.STANDARD, name, corporateNumber, "代表 秘密太郎", "105-0004",
				"東京都港区秘密町1-2-3", "連絡 秘密花子", "himitsu" + n + "@example.co.jp", "03-9999-0000", 7, false, null, null);
		ClipBusiness business = new ClipBusiness(String.format(Locale.ROOT, "CLT%06d", n), enrolment,
				this.calendar.today().minusYears(2), "t");
		business.assignAdvisor("advisor-secret");
		business.learningToken("token" + n + "secret");
		return business;
	}

	static String certificateNumber() {
		return String.format(Locale.ROOT, "CLIP-%06d", ThreadLocalRandom.current().nextInt(900_000, 1_000_000));
	}

	static String unique() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

	HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(
				URI.create("http://localhost:" + this.environment.getProperty("local.server.port") + pathAndQuery));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	JsonNode search(String key, String value) throws IOException, InterruptedException {
		HttpResponse<String> answer = get(
				"/register/search?" + key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(answer.body());
		assertThat(names(body)).containsExactly("query", "results");
		return body.path("results");
	}

	static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	@Test
	@DisplayName("CLIP-7 without a login, a certified CLIP business is found by its certificate number, a part of its name (full-width or half-width, any case) and its corporate number, with exactly the register's fields: status, since when, plan, last yearly review, validity; nothing of its file")
	void certifiedBusiness() throws Exception {
		String token = unique();
		String corporate = AssessmentDriver.newCorporateNumber();
		String certificate = certificateNumber();
		LocalDate from = this.calendar.today().minusMonths(3);
		ClipBusiness business = enrolled("株式会社クリップ照会ＡＢＣ" + token, corporate);
		business.certified(certificate, from, from.plusYears(1).minusDays(1), from.minusDays(5));
		this.businesses.save(business);

		JsonNode byNumber = search("certificateNumber", certificate.toLowerCase(Locale.ROOT));
		assertThat(byNumber).hasSize(1);
		JsonNode entry = byNumber.get(0);
		assertThat(names(entry)).containsExactlyElementsOf(CLIP_FIELDS);
		assertThat(entry.path("scheme").asText()).isEqualTo("CLIP");
		assertThat(entry.path("name").asText()).isEqualTo("株式会社クリップ照会ＡＢＣ" + token);
		assertThat(entry.path("certificateNumber").asText()).isEqualTo(certificate);
		assertThat(entry.path("status").asText()).isEqualTo("CERTIFIED");
		assertThat(entry.path("statusJa").asText()).isEqualTo("認証");
		assertThat(entry.path("certifiedSince").asText()).isEqualTo(from.toString());
		assertThat(entry.path("plan").asText()).isEqualTo("スタンダードプラン");
		assertThat(entry.path("lastReviewOn").asText()).isEqualTo(from.minusDays(5).toString());
		assertThat(entry.path("validUntil").asText()).isEqualTo(from.plusYears(1).minusDays(1).toString());

		assertThat(search("name", "クリップ照会abc" + token)).containsExactly(entry);
		assertThat(search("name", " ｸﾘｯﾌﾟ照会ＡＢＣ" + token + "　")).containsExactly(entry);
		String hyphenated = corporate.charAt(0) + "-" + corporate.substring(1, 5) + "-" + corporate.substring(5, 9)
				+ "-" + corporate.substring(9);
		assertThat(search("corporateNumber", hyphenated)).containsExactly(entry);

		HttpResponse<String> raw = get("/register/search?certificateNumber=" + certificate);
		assertThat(raw.body()).doesNotContain("秘密", "himitsu", "advisor", "secret", business.getEnrolmentNumber(),
				"\"id\"", "employees", "address", "contact");
	}

	@Test
	@DisplayName("CLIP-7 a Privacy Mark registration of this body is found by its registration number (or its 8 digits), its holder's corporate number and name: status and validity only; the corporate number shows both marks of a business")
	void privacyMarkRegistration() throws Exception {
		String token = unique();
		String corporate = AssessmentDriver.newCorporateNumber();
		String holder = "株式会社マーク照会" + token;
		String application = this.driver.applyOnline(AssessmentDriver.applicant(corporate, holder));
		this.driver.toDecision(application, false);
		String number = AssessmentDriver.newRegistrationNumber();
		LocalDate validFrom = this.calendar.today();
		this.driver.decideAndRegister(application, number, validFrom);

		JsonNode byNumber = search("certificateNumber", number);
		assertThat(byNumber).hasSize(1);
		JsonNode entry = byNumber.get(0);
		assertThat(names(entry)).containsExactlyElementsOf(PMARK_FIELDS);
		assertThat(entry.path("scheme").asText()).isEqualTo("PMARK");
		assertThat(entry.path("name").asText()).isEqualTo(holder);
		assertThat(entry.path("registrationNumber").asText()).isEqualTo(number);
		assertThat(entry.path("status").asText()).isEqualTo("VALID");
		assertThat(entry.path("statusJa").asText()).isEqualTo("有効");
		assertThat(entry.path("validFrom").asText()).isEqualTo(validFrom.toString());
		assertThat(entry.path("validUntil").asText()).isEqualTo(validFrom.plusYears(2).minusDays(1).toString());
		assertThat(search("certificateNumber", number.substring(0, 8))).containsExactly(entry);
		assertThat(search("name", "マーク照会" + token)).containsExactly(entry);
		assertThat(get("/register/search?certificateNumber=" + number).body()).doesNotContain(application, "新橋",
				"sato@", "山田");

		// the same business also certified under CLIP: both marks, by name
		ClipBusiness business = enrolled(holder, corporate);
		business.certified(certificateNumber(), validFrom, validFrom.plusYears(1).minusDays(1), validFrom);
		this.businesses.save(business);
		JsonNode both = search("corporateNumber", corporate);
		assertThat(both).extracting((result) -> result.path("scheme").asText()).containsExactly("CLIP", "PMARK");
		assertThat(both.get(1)).isEqualTo(entry);
	}

	@Test
	@DisplayName("CLIP-7 a business never certified is not listed; a lapsed certification is shown as lapsed (認証期限切れ), a withdrawn one as 辞退, one under its renewal review as still certified while its year lasts")
	void onlyEverCertified() throws Exception {
		String token = unique();
		String corporate = AssessmentDriver.newCorporateNumber();
		this.businesses.save(enrolled("未認証テスト商事" + token, corporate));
		ClipBusiness reviewed = enrolled("未認証テスト商事審査中" + token, corporate);
		reviewed.underReview();
		this.businesses.save(reviewed);
		assertThat(search("name", "未認証テスト商事" + token)).isEmpty();
		assertThat(search("corporateNumber", corporate)).isEmpty();

		LocalDate today = this.calendar.today();
		ClipBusiness lapsed = enrolled("期限切れテスト商事" + token, null);
		String lapsedNumber = certificateNumber();
		lapsed.certified(lapsedNumber, today.minusYears(2), today.minusYears(1).minusDays(1), today.minusYears(2));
		lapsed.lapsed(today.minusYears(1));
		this.businesses.save(lapsed);
		ClipBusiness withdrawn = enrolled("辞退テスト商事" + token, null);
		withdrawn.certified(certificateNumber(), today.minusYears(1), today.minusDays(1), today.minusYears(1));
		withdrawn.withdrawn(today, "事業者の辞退");
		this.businesses.save(withdrawn);
		ClipBusiness renewing = enrolled("更新審査中テスト商事" + token, null);
		renewing.certified(certificateNumber(), today.minusMonths(11), today.plusMonths(1), today.minusMonths(11));
		renewing.renewalOpened(ClipPlan.LIGHT);
		renewing.underReview();
		this.businesses.save(renewing);

		JsonNode lapsedEntry = search("certificateNumber", lapsedNumber).get(0);
		assertThat(lapsedEntry.path("status").asText()).isEqualTo("LAPSED");
		assertThat(lapsedEntry.path("statusJa").asText()).isEqualTo("認証期限切れ");
		assertThat(search("name", "辞退テスト商事" + token).get(0).path("statusJa").asText()).isEqualTo("辞退");
		JsonNode renewingEntry = search("name", "更新審査中テスト商事" + token).get(0);
		assertThat(renewingEntry.path("statusJa").asText()).isEqualTo("認証（更新手続中）");
		assertThat(renewingEntry.path("plan").asText()).isEqualTo("ライトプラン");
	}

	@Test
	@DisplayName("CLIP-7 GEN-2 bad lookups are 400 problem JSON naming the parameter and CLIP-7 in Japanese, never a 5xx: no key, several, an unknown or repeated parameter, empty, too long, too short a name, a malformed corporate or certificate number; another method is 405")
	void badLookups() throws Exception {
		record Bad(String query, String field) {
		}
		List<Bad> bad = List.of(new Bad("", "query"), new Bad("?name=テスト商事&corporateNumber=2000012345678", "query"),
				new Bad("?address=東京", "address"), new Bad("?name=テスト商事&name=別", "name"), new Bad("?name=", "name"),
				new Bad("?name=" + "あ".repeat(101), "name"), new Bad("?name=a", "name"),
				new Bad("?corporateNumber=200001234567", "corporateNumber"),
				new Bad("?corporateNumber=1000012345678", "corporateNumber"),
				new Bad("?certificateNumber=CLIP-12", "certificateNumber"),
				new Bad("?certificateNumber=%3Cscript%3E", "certificateNumber"));
		for (Bad one : bad) {
			String query = one.query()
				.replace("テスト商事", "%E3%83%86%E3%82%B9%E3%83%88%E5%95%86%E4%BA%8B")
				.replace("東京", "%E6%9D%B1%E4%BA%AC")
				.replace("別", "%E5%88%A5")
				.replace("あ", "%E3%81%82");
			HttpResponse<String> answer = get("/register/search" + query);
			assertThat(answer.statusCode()).as(one + ": " + answer.body()).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			JsonNode violation = JSON.readTree(answer.body()).path("violations").get(0);
			assertThat(violation.path("field").asText()).as(one.toString()).isEqualTo(one.field());
			assertThat(violation.path("rule").asText()).isEqualTo("CLIP-7");
			assertThat(violation.path("message").asText()).containsPattern("[ぁ-んァ-ン一-龥]");
		}
		for (String odd : List.of("?name=%E3%81", "?name=%00%00", "?certificateNumber=%EF%BC%91%EF%BC%90",
				"?corporateNumber=%F0%9F%98%80%F0%9F%98%80", "?=", "?&&&", "?name")) {
			HttpResponse<String> answer = get("/register/search" + odd);
			assertThat(answer.statusCode()).as(odd + ": " + answer.body()).isBetween(200, 499);
		}
		HttpResponse<String> post = this.http.send(
				HttpRequest
					.newBuilder(URI.create("http://localhost:" + this.environment.getProperty("local.server.port")
							+ "/register/search?name=abc"))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(405);
	}

	@Test
	@DisplayName("CLIP-7 the register is public and answered with safe headers: the page (/register/) and its script without a login, nosniff and frame-ancestors 'none'; the lookup's JSON never stored and allowed to load nothing")
	void publicWithSafeHeaders() throws Exception {
		HttpResponse<String> page = get("/register/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("委託先の監督", "安全管理措置", "定期的", "register.js")
			.doesNotContain("http://", "https://");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'")
			.contains("default-src 'self'");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		HttpResponse<String> script = get("/register/register.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(script.body()).doesNotContain("innerHTML", "http://", "https://");
		assertThat(get("/register/register.css").statusCode()).isEqualTo(200);
		HttpResponse<String> bare = get("/register");
		assertThat(bare.statusCode()).isEqualTo(302);
		assertThat(bare.headers().firstValue("Location")).hasValue("/register/");

		HttpResponse<String> lookup = get("/register/search?certificateNumber=CLIP-000000");
		assertThat(lookup.statusCode()).isEqualTo(200);
		assertThat(lookup.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(lookup.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(lookup.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(lookup.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; frame-ancestors 'none'");
		assertThat(get("/register/search").headers().firstValue("Cache-Control")).hasValue("no-store");
		// no session is opened for a visitor
		assertThat(lookup.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	@DisplayName("CLIP-7 the lookups are limited per client: beyond pmark.register.requests-per-minute (bad ones count too) 429 problem JSON with Retry-After in Japanese; an X-Forwarded-For header does not make a new client unless the proxy profile trusts it")
	void rateLimited() throws Exception {
		int allowed = this.properties.requestsPerMinute();
		for (int i = 0; i < allowed; i++) {
			String query = (i % 2 == 0) ? "?certificateNumber=CLIP-000000" : "?name=a";
			assertThat(get("/register/search" + query).statusCode()).as("lookup %d", i + 1).isIn(200, 400);
		}
		HttpResponse<String> refused = get("/register/search?certificateNumber=CLIP-000000");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.path("status").asInt()).isEqualTo(429);
		assertThat(problem.path("violations").get(0).path("rule").asText()).isEqualTo("CLIP-7");
		assertThat(problem.path("violations").get(0).path("message").asText()).contains("秒ほど待って");
		assertThat(get("/register/search?certificateNumber=CLIP-000000", "X-Forwarded-For", "203.0.113.9").statusCode())
			.isEqualTo(429);
		// nor does another spelling of the lookup's address escape the limit
		for (String spelling : List.of("/register/search;x=1?name=abc", "/register/%73earch?name=abc",
				"/register/./search?name=abc", "/register/search/?name=abc")) {
			HttpResponse<String> other = get(spelling);
			assertThat(other.statusCode()).as(spelling).isIn(400, 404, 429);
			assertThat(other.statusCode()).as(spelling).isNotEqualTo(200);
			assertThat(other.headers().firstValue("Cache-Control")).as(spelling).hasValue("no-store");
		}
		assertThat(get("/register/search;x=1?name=abc").statusCode()).isEqualTo(429);
		// the page itself is not limited
		assertThat(get("/register/").statusCode()).isEqualTo(200);
		assertThat(get("/register/register.js").statusCode()).isEqualTo(200);
		this.limiter.reset();
		assertThat(get("/register/search?certificateNumber=CLIP-000000").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("CLIP-7 GEN-2 300 generated lookups (any key, several, unknown ones, long, control and non-BMP characters, SQL and markup): never a 5xx, every refusal 400 problem JSON naming its parameter (or the query) and CLIP-7; the register opens no way into /api")
	void generatedLookups() throws Exception {
		java.util.Random random = new java.util.Random(7);
		List<String> keys = List.of("certificateNumber", "name", "corporateNumber", "id", "NAME", "name[]", "");
		List<String> values = List.of("CLIP-000001", "10823456(05)", "10823456", "2000012345678", "株式会社", "ａｂ",
				"'; drop table x; --", "<script>alert(1)</script>", "%", "_", "\u0000", "😀😀", "\uFF08\uFF09",
				"x".repeat(101), " ", "1e9", "null");
		int refused = 0;
		for (int i = 0; i < 300; i++) {
			if (i % 25 == 0) {
				this.limiter.reset();
			}
			StringBuilder query = new StringBuilder("?");
			int parameters = random.nextInt(3) + ((random.nextInt(4) == 0) ? 0 : 1) - 1;
			for (int p = 0; p <= parameters; p++) {
				String value = values.get(random.nextInt(values.size()));
				if (random.nextBoolean()) {
					value = value.substring(0, random.nextInt(value.length() + 1));
				}
				query.append(URLEncoder.encode(keys.get(random.nextInt(keys.size())), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
					.append('&');
			}
			HttpResponse<String> answer = get("/register/search" + query);
			assertThat(answer.statusCode()).as(query + ": " + answer.body()).isIn(200, 400);
			if (answer.statusCode() == 400) {
				refused++;
				JsonNode violation = JSON.readTree(answer.body()).path("violations").get(0);
				assertThat(violation.path("rule").asText()).as(query.toString()).isEqualTo("CLIP-7");
				assertThat(violation.path("field").asText()).as(query.toString()).isNotEmpty();
			}
			else {
				assertThat(names(JSON.readTree(answer.body()))).containsExactly("query", "results");
			}
		}
		assertThat(refused).as("the generator is not so tame that nothing is refused").isBetween(50, 299);
		for (String door : List.of("/register/../api/oversight", "/register/search/../../api/oversight",
				"/register/%2e%2e/api/oversight", "/register/..%2Fapi%2Foversight",
				"/register/search;/../../api/oversight")) {
			HttpResponse<String> answer = get(door);
			assertThat(answer.statusCode()).as(door + ": " + answer.body()).isIn(400, 401, 404);
		}
	}

}
