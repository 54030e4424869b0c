package jp.pmark.workflow.clip;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.support.PmarkSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLIP-4 the e-learning runner through HTTP, as the page calls it with no login: the
 * course without its answers, a sheet with a wrong answer refused with the wrong
 * questions and their explanations, a correct one recorded with the attempts it took;
 * only a certified business's link works.
 */
@PmarkSpringTest
class LearningRunnerTest {

	static final LearningCourse COURSE = course();

	@LocalServerPort
	int port;

	@Autowired
	ClipLearningFixtures businesses;

	@Autowired
	LearningAttemptRepository attempts;

	@Autowired
	LearningCompletionRepository completions;

	@Autowired
	ClipEmployeeRepository employees;

	LearningHttp http;

	@BeforeEach
	void http() {
		this.http = new LearningHttp(this.port);
	}

	private static LearningCourse course() {
		try (InputStream in = new ClassPathResource("clip/elearning-course.json").getInputStream()) {
			return LearningCourse.read(in, "clip/elearning-course.json");
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** Every answer correct, or wrong for the questions named. */
	static Map<String, String> answers(String... wrongQuestions) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (LearningCourse.Question question : COURSE.questions()) {
			boolean wrong = List.of(wrongQuestions).contains(question.id());
			answers.put(question.id(),
					wrong ? question.choices()
						.stream()
						.filter((choice) -> !choice.id().equals(question.correct()))
						.findFirst()
						.orElseThrow()
						.id() : question.correct());
		}
		return answers;
	}

	static Map<String, Object> sheet(String code, String name, Map<String, String> answers) {
		Map<String, Object> sheet = new LinkedHashMap<>();
		sheet.put("courseVersion", COURSE.version());
		sheet.put("employeeCode", code);
		sheet.put("name", name);
		sheet.put("answers", answers);
		return sheet;
	}

	static String attempts(ClipBusiness business) {
		return "/clip/learn/" + business.getLearningToken() + "/attempts";
	}

	/** The employee completes the course at the first attempt. */
	static JsonNode complete(LearningHttp http, ClipBusiness business, String code, String name) {
		LearningHttp.Answer answer = http.postJson(attempts(business), sheet(code, name, answers()));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	@Test
	@DisplayName("CLIP-4 the link opens the Japanese page and the course: questions and choices only, never the correct choice or an explanation; pages, script and JSON carry nosniff, frame-ancestors 'none' and no-store")
	void pageAndCourse() {
		ClipBusiness business = this.businesses.certified("株式会社講座テスト");
		String link = "/clip/learn/" + business.getLearningToken();
		LearningHttp.Answer page = this.http.get(link, "text/html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("<html lang=\"ja\">", "/clip/learn.js", "社員番号", "氏名")
			.doesNotContain("<script>", "http://", "https://");
		LearningHttp.Answer course = this.http.get(link + "/course", "application/json");
		assertThat(course.status()).isEqualTo(200);
		JsonNode json = course.json();
		assertThat(json.path("businessName").asText()).isEqualTo("株式会社講座テスト");
		assertThat(json.path("version").asText()).isEqualTo("2026");
		assertThat(json.path("questions")).hasSize(COURSE.questions().size());
		assertThat(json.path("questions").get(0).path("choices").get(0).path("text").asText()).isNotBlank();
		assertThat(course.body()).doesNotContain("correct", "explanation");
		for (LearningCourse.Question question : COURSE.questions()) {
			assertThat(course.body()).doesNotContain(question.explanation());
		}
		// a client that asks the page for JSON, or uses a method the address does not
		// take:
		// refused, never a 5xx
		assertThat(this.http.get(link, "application/json").status()).isBetween(200, 499);
		assertThat(this.http.get(link + "/attempts", "application/json").status()).isEqualTo(405);
		assertThat(this.http.post(link + "/course", "application/json", "{}").status()).isEqualTo(405);
		LearningHttp.Answer script = this.http.get("/clip/learn.js", "*/*");
		assertThat(script.status()).isEqualTo(200);
		for (LearningHttp.Answer answer : List.of(page, course, script, this.http.get("/clip/learn.css", "text/css"),
				this.http.get("/clip/learn/unknown-token", "text/html"))) {
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
			assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
			assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
		}
	}

	@Test
	@DisplayName("CLIP-4 an unknown link, a business under guidance and a lapsed one answer 404 with the same neutral Japanese message, on the page, the course and the answer sheet")
	void onlyCertifiedLinksWork() {
		ClipBusiness guided = this.businesses.enrolled("株式会社指導中リンク");
		ClipBusiness lapsed = this.businesses.lapse(this.businesses.certified("株式会社期限切れリンク"));
		this.businesses.roster(guided, "X1", "指導 一郎");
		List<String> pages = new java.util.ArrayList<>();
		List<String> problems = new java.util.ArrayList<>();
		for (String token : List.of(guided.getLearningToken(), lapsed.getLearningToken(), "no-such-token",
				"x".repeat(300), "%E3%81%82")) {
			LearningHttp.Answer page = this.http.get("/clip/learn/" + token, "text/html");
			assertThat(page.status()).isEqualTo(404);
			pages.add(page.body());
			LearningHttp.Answer course = this.http.get("/clip/learn/" + token + "/course", "application/json");
			assertThat(course.status()).isEqualTo(404);
			problems.add(course.json().path("detail").asText());
			LearningHttp.Answer sheet = this.http.postJson("/clip/learn/" + token + "/attempts",
					sheet("X1", "指導 一郎", answers()));
			assertThat(sheet.status()).isEqualTo(404);
			problems.add(sheet.json().path("detail").asText());
		}
		assertThat(pages).allSatisfy((body) -> assertThat(body).isEqualTo(pages.get(0)).contains("このリンクは無効です"));
		assertThat(problems).allSatisfy((detail) -> assertThat(detail).isEqualTo(LearningRunner.INVALID_LINK));
		assertThat(this.completions.findAll())
			.noneMatch((completion) -> completion.getBusinessId().equals(guided.getId()));
	}

	@Test
	@DisplayName("CLIP-4 a sheet with a wrong answer completes nothing and names the wrong questions with their explanations; answered again all correct, the completion is recorded with who, when, the course version and 2 attempts")
	void wrongThenRight() {
		ClipBusiness business = this.businesses.certified("株式会社受講テスト");
		this.businesses.roster(business, "S01", "髙橋 一郎", "S02", "佐藤 花子");
		LearningHttp.Answer wrong = this.http.postJson(attempts(business),
				sheet("s01", "高橋　一郎", answers("third-party", "disposal")));
		assertThat(wrong.status()).as(wrong.body()).isEqualTo(200);
		assertThat(wrong.json().path("passed").asBoolean()).isFalse();
		assertThat(wrong.json().path("attempt").asInt()).isEqualTo(1);
		assertThat(wrong.json().path("wrong")).extracting((entry) -> entry.path("questionId").asText())
			.containsExactly("third-party", "disposal");
		assertThat(wrong.json().path("wrong").get(0).path("explanation").asText())
			.isEqualTo(COURSE.question("third-party").orElseThrow().explanation());
		assertThat(wrong.body()).doesNotContain("\"correct\"");
		assertThat(wrong.json().path("wrong").get(0).path("number").asInt()).isEqualTo(7);
		assertThat(wrong.json().path("message").asText()).startsWith("2問が不正解です（問7、問10）");
		ClipEmployee employee = this.employees.findByBusinessIdAndEmployeeCodeIgnoreCase(business.getId(), "S01")
			.get(0);
		assertThat(this.completions.findFirstByEmployeeIdOrderByCompletedAtDesc(employee.getId())).isEmpty();

		LearningHttp.Answer right = this.http.postJson(attempts(business), sheet("S01", "髙橋 一郎", answers()));
		assertThat(right.status()).as(right.body()).isEqualTo(201);
		assertThat(right.json().path("passed").asBoolean()).isTrue();
		assertThat(right.json().path("attempt").asInt()).isEqualTo(2);
		assertThat(right.json().path("message").asText()).contains("髙橋 一郎 さん", "受講を完了しました", "2回目で全問正解");
		LearningCompletion completion = this.completions.findFirstByEmployeeIdOrderByCompletedAtDesc(employee.getId())
			.orElseThrow();
		assertThat(completion.getCourseVersion()).isEqualTo("2026");
		assertThat(completion.getAttempts()).isEqualTo(2);
		assertThat(completion.getCompletedAt().toString()).isEqualTo(right.json().path("completedAt").asText());
		assertThat(this.attempts.countByEmployeeId(employee.getId())).isEqualTo(2);

		// taken again later: a new completion, counted from the last one
		assertThat(complete(this.http, business, "S01", "髙橋 一郎").path("attempt").asInt()).isEqualTo(1);
	}

	@Test
	@DisplayName("CLIP-4 GEN-2 only an active employee on the business's roster may send a sheet: an unknown code, a wrong name, one who left, one of another business are refused alike with CLIP-4, and nothing is recorded")
	void onlyTheRoster() {
		ClipBusiness business = this.businesses.certified("株式会社名簿照合テスト");
		ClipBusiness other = this.businesses.certified("株式会社ほかの事業者");
		this.businesses.roster(business, "R1", "山田 太郎", "R2", "退職 次郎");
		this.businesses.roster(business, "R1", "山田 太郎");
		this.businesses.roster(other, "O1", "他社 三郎");
		long before = this.attempts.count();
		for (Map<String, Object> sheet : List.of(sheet("R9", "山田 太郎", answers()), sheet("R1", "山田 花子", answers()),
				sheet("R2", "退職 次郎", answers()), sheet("O1", "他社 三郎", answers()))) {
			LearningHttp.Answer answer = this.http.postJson(attempts(business), sheet);
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(answer.json().path("violations").get(0).path("field").asText()).isEqualTo("employeeCode");
			assertThat(answer.json().path("violations").get(0).path("rule").asText()).isEqualTo("CLIP-4");
			assertThat(answer.json().path("violations").get(0).path("message").asText()).contains("従業者名簿と一致しません");
		}
		assertThat(this.attempts.count()).isEqualTo(before);
	}

	@Test
	@DisplayName("CLIP-4 GEN-2 bad sheets answer 4xx problem JSON naming field and rule, never a 5xx, and record nothing: a question unanswered or unknown, a choice not offered, another course version, names and codes too long, wrong JSON, a form post or text (no CSRF token: JSON only, 415)")
	void badSheets() {
		ClipBusiness business = this.businesses.certified("株式会社入力テスト");
		this.businesses.roster(business, "B1", "入力 一郎");
		long before = this.attempts.count();
		Map<String, String> missing = answers();
		missing.remove("purpose");
		Map<String, String> unknown = answers();
		unknown.put("no-such-question", "a");
		Map<String, String> badChoice = answers();
		badChoice.put("disposal", "z");
		Map<String, Object> version = sheet("B1", "入力 一郎", answers());
		version.put("courseVersion", "1999");
		Map<Map<String, Object>, String> cases = new LinkedHashMap<>();
		cases.put(sheet("B1", "入力 一郎", missing), "answers.purpose");
		cases.put(sheet("B1", "入力 一郎", unknown), "answers");
		cases.put(sheet("B1", "入力 一郎", badChoice), "answers.disposal");
		cases.put(version, "courseVersion");
		cases.put(sheet("B1", "入".repeat(101), answers()), "name");
		cases.put(sheet("B".repeat(41), "入力 一郎", answers()), "employeeCode");
		cases.put(sheet("B1", "入力 一郎", null), "answers");
		cases.put(sheet(null, null, answers()), "employeeCode");
		cases.forEach((sheet, field) -> {
			LearningHttp.Answer answer = this.http.postJson(attempts(business), sheet);
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
			assertThat(answer.json().path("violations")).as(answer.body()).anySatisfy((violation) -> {
				assertThat(violation.path("field").asText()).isEqualTo(field);
				assertThat(violation.path("rule").asText()).isEqualTo("CLIP-4");
			});
		});
		for (String body : List.of("{\"courseVersion\":", "[]", "{\"answers\":[\"a\"]}", "{\"unknown\":1}", "")) {
			LearningHttp.Answer answer = this.http.post(attempts(business), "application/json", body);
			assertThat(answer.status()).as(body + " " + answer.body()).isEqualTo(400);
			assertThat(answer.json().path("violations").get(0).path("rule").asText()).matches("GEN-2|CLIP-4");
		}
		for (String type : List.of("application/x-www-form-urlencoded", "text/plain",
				"multipart/form-data; boundary=x")) {
			LearningHttp.Answer answer = this.http.post(attempts(business), type,
					"employeeCode=B1&name=%E5%85%A5%E5%8A%9B");
			assertThat(answer.status()).as(type).isEqualTo(415);
			assertThat(answer.json().path("violations").get(0).path("field").asText()).isEqualTo("Content-Type");
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		}
		LearningHttp.Answer large = this.http.post(attempts(business), "application/json",
				"{\"name\":\"" + "x".repeat(70_000) + "\"}");
		assertThat(large.status()).isEqualTo(413);
		assertThat(large.json().path("violations").get(0).path("rule").asText()).isEqualTo("CLIP-4");
		assertThat(this.attempts.count()).isEqualTo(before);
	}

	@Test
	@DisplayName("CLIP-4 GEN-2 a link takes at most 60 answer sheets a minute; the next is refused with 429, Retry-After and problem JSON naming CLIP-4, before its body is read; other links are not held up")
	void perLinkLimit() {
		ClipBusiness business = this.businesses.certified("株式会社送信回数テスト");
		ClipBusiness other = this.businesses.certified("株式会社送信回数ほか");
		this.businesses.roster(other, "P1", "制限 一郎");
		for (int i = 0; i < 60; i++) {
			assertThat(this.http.post(attempts(business), "application/json", "{}").status()).isEqualTo(400);
		}
		LearningHttp.Answer again = this.http.postJson(attempts(business), sheet("P1", "制限 一郎", answers()));
		assertThat(again.status()).isEqualTo(429);
		assertThat(Integer.parseInt(again.header("Retry-After"))).isBetween(1, 60);
		assertThat(again.json().path("violations").get(0).path("rule").asText()).isEqualTo("CLIP-4");
		assertThat(again.json().path("violations").get(0).path("message").asText()).contains("1分ほど待って");
		complete(this.http, other, "P1", "制限 一郎");
	}

	@Test
	@DisplayName("CLIP-4 GEN-2 150 generated bad sheets (a valid sheet with two to four values broken: texts too long, control characters, broken surrogates, wrong JSON types, unknown fields; or a broken body): never a 5xx, each refusal problem JSON naming field and rule, nothing completed by a refusal")
	void generatedBadSheets() {
		java.util.Random random = new java.util.Random(Long.getLong("fuzz.seed", System.nanoTime()));
		List<Object> hostile = List.of("", " ", "a".repeat(600), "あ".repeat(5000), "\u0000", "\uD800", "\uDC00x",
				"𠮷野家", "<script>alert(1)</script>", "'; drop table clip_employee; --", 42, -1L, 1.5, true,
				List.of("a", 1), Map.of("a", List.of()), "2026", "purpose", "a", "\u202Egnp.exe");
		List<String> fields = List.of("courseVersion", "employeeCode", "name", "answers", "fz");
		long completionsBefore = this.completions.count();
		int refused = 0;
		int completed = 0;
		for (int round = 0; round < 3; round++) {
			ClipBusiness business = this.businesses.certified("株式会社生成テスト" + round);
			this.businesses.roster(business, "F1", "生成 一郎");
			for (int i = 0; i < 50; i++) {
				Map<String, Object> sheet = sheet("F1", "生成 一郎", answers());
				String body;
				if (random.nextInt(10) == 0) {
					String whole = LearningHttp.write(sheet);
					body = whole.substring(0, random.nextInt(whole.length()));
				}
				else {
					for (int n = 0, broken = 2 + random.nextInt(3); n < broken; n++) {
						Object value = hostile.get(random.nextInt(hostile.size()));
						String field = fields.get(random.nextInt(fields.size()));
						if ("answers".equals(field) && sheet.get("answers") instanceof Map && random.nextBoolean()) {
							@SuppressWarnings("unchecked")
							Map<String, Object> answers = new LinkedHashMap<>(
									(Map<String, Object>) sheet.get("answers"));
							answers.put(COURSE.questions().get(random.nextInt(COURSE.questions().size())).id(), value);
							sheet.put("answers", answers);
						}
						else {
							sheet.put(field, value);
						}
					}
					body = LearningHttp.write(sheet);
				}
				LearningHttp.Answer answer = this.http.post(attempts(business), "application/json", body);
				assertThat(answer.status()).as(body + " -> " + answer.body()).isLessThan(500);
				completed += (answer.status() == 201) ? 1 : 0;
				if (answer.status() >= 400) {
					refused++;
					assertThat(answer.header("Content-Type")).as(body).startsWith("application/problem+json");
					assertThat(answer.json().path("violations")).as(body + " -> " + answer.body()).isNotEmpty();
					for (JsonNode violation : answer.json().path("violations")) {
						assertThat(violation.path("field").asText()).as(body).isNotBlank();
						assertThat(violation.path("rule").asText()).as(body).matches("(CLIP-4|GEN-2)");
					}
				}
			}
		}
		assertThat(refused).isGreaterThan(100);
		// a sheet whose breaks happened to leave it right is a completion, and only that
		assertThat(this.completions.count()).isEqualTo(completionsBefore + completed);
	}

}
