package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLIP-4 on the API: the roster a business declares (whole, each time; nobody deleted)
 * and whether every active employee completed the e-learning this certification year.
 */
@PmarkSpringTest
class ClipEmployeeApiTest {

	static final String PORTAL = "t-portal";

	static final String ADVISOR = "t-clip-advisor";

	@LocalServerPort
	int port;

	@Autowired
	ClipLearningFixtures businesses;

	@Autowired
	ClipEmployeeRepository employees;

	@Autowired
	LearningStatus learningStatus;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Autowired
	IdentityService identityService;

	@Autowired
	Fixtures fixtures;

	LearningHttp http;

	@BeforeEach
	void users() {
		this.fixtures.ensure();
		TestUsers.ensure(this.identityService, PORTAL, List.of(StaffGroup.PORTAL_GROUP_ID));
		TestUsers.ensure(this.identityService, ADVISOR, List.of(StaffGroup.CLIP_ADVISORS.id()));
		this.http = new LearningHttp(this.port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static Map<String, Object> roster(String... codesAndNames) {
		List<Map<String, String>> entries = new ArrayList<>();
		for (int i = 0; i < codesAndNames.length; i += 2) {
			entries.add(Map.of("employeeCode", codesAndNames[i], "name", codesAndNames[i + 1]));
		}
		return Map.of("employees", entries);
	}

	private String employees(ClipBusiness business) {
		return "/api/clip/businesses/" + business.getEnrolmentNumber() + "/employees";
	}

	private String training(ClipBusiness business) {
		return "/api/clip/businesses/" + business.getEnrolmentNumber() + "/training";
	}

	@Test
	@DisplayName("CLIP-4 GEN-1 the business declares its whole roster through the portal: new codes added, a code left out made inactive (never deleted), a code sent again active again under the name sent; the training status lists the active employees")
	void rosterReplaced() {
		ClipBusiness business = this.businesses.certified("株式会社名簿テスト");
		LearningHttp.Answer first = this.http.api(PORTAL, "PUT", employees(business),
				roster("E001", "山田 太郎", "E002", "佐藤 花子", "E003", "鈴木 一郎"));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().path("rosterChange").path("added").asInt()).isEqualTo(3);
		assertThat(first.json().path("activeEmployees").asInt()).isEqualTo(3);

		LearningHttp.Answer second = this.http.api(ADVISOR, "PUT", employees(business),
				roster("E001", "山田 太郎", "e002", "佐藤 花子（旧姓 高橋）", "Ｅ００４", "田中 次郎"));
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		JsonNode change = second.json().path("rosterChange");
		assertThat(change.path("added").asInt()).isEqualTo(1);
		assertThat(change.path("reactivatedOrRenamed").asInt()).isEqualTo(1);
		assertThat(change.path("deactivated").asInt()).isEqualTo(1);

		JsonNode status = this.http.api(Fixtures.RECEPTION, "GET", training(business), null).json();
		assertThat(status.path("employees")).extracting((employee) -> employee.path("employeeCode").asText())
			.containsExactly("E001", "E002", "E004");
		assertThat(status.path("employees").get(1).path("name").asText()).isEqualTo("佐藤 花子（旧姓 高橋）");
		assertThat(status.path("certified").asBoolean()).isTrue();
		assertThat(status.path("learningUrl").asText()).endsWith("/clip/learn/" + business.getLearningToken());
		// nobody deleted: the one who left is inactive, with who and when
		List<ClipEmployee> all = this.employees.findByBusinessIdOrderByEmployeeCode(business.getId());
		assertThat(all).extracting(ClipEmployee::getEmployeeCode).containsExactly("E001", "E002", "E003", "E004");
		ClipEmployee left = all.get(2);
		assertThat(left.isActive()).isFalse();
		assertThat(left.getChangedBy()).isEqualTo(ADVISOR);
		assertThat(left.getChangedAt()).isNotNull();

		this.http.api(PORTAL, "PUT", employees(business), roster("E001", "山田 太郎", "E003", "鈴木 一郎"));
		assertThat(this.employees.findByBusinessIdAndActiveTrueOrderByEmployeeCode(business.getId()))
			.extracting(ClipEmployee::getEmployeeCode)
			.containsExactly("E001", "E003");
		assertThat(this.employees.findByBusinessIdOrderByEmployeeCode(business.getId())).hasSize(4);
	}

	@Test
	@DisplayName("CLIP-4 GEN-2 a roster is refused whole, with problem JSON naming each field and CLIP-4: a repeated code (case and full width ignored), a code of other characters, a name missing, too long or over two lines, no list, an empty list, more than 5000; nothing is stored")
	void rosterRefused() {
		ClipBusiness business = this.businesses.certified("株式会社名簿拒否テスト");
		this.http.api(PORTAL, "PUT", employees(business), roster("A1", "既存 一郎"));
		LearningHttp.Answer refused = this.http.api(PORTAL, "PUT", employees(business), roster("A1", "山田 太郎", "a1",
				"山田 次郎", "Ａ１", "山田 三郎", "社員1", "佐藤 花子", "B2", " ", "B3", "あ".repeat(101), "B4", "佐藤\n花子"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().path("violations"))
			.extracting((v) -> v.path("field").asText() + " " + v.path("rule").asText())
			.containsExactly("employees[1].employeeCode CLIP-4", "employees[2].employeeCode CLIP-4",
					"employees[3].employeeCode CLIP-4", "employees[4].name CLIP-4", "employees[5].name CLIP-4",
					"employees[6].name CLIP-4");
		assertThat(refused.json().path("violations").get(0).path("message").asText()).contains("社員番号「a1」が名簿に2回以上あります");
		assertThat(refused.json().path("violations").get(4).path("message").asText()).contains("100文字以内", "101文字");

		List<Map<String, String>> many = new ArrayList<>();
		for (int i = 0; i <= ClipEmployeeRoster.MAX_EMPLOYEES; i++) {
			many.add(Map.of("employeeCode", "N" + i, "name", "従業者 " + i));
		}
		for (Object body : List.of(Map.of("employees", many), Map.of("employees", List.of()), Map.of())) {
			LearningHttp.Answer answer = this.http.api(PORTAL, "PUT", employees(business), body);
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(answer.json().path("violations").get(0).path("field").asText()).isEqualTo("employees");
			assertThat(answer.json().path("violations").get(0).path("rule").asText()).isEqualTo("CLIP-4");
		}
		// wrong JSON: named by the house rule of the API (GEN-2)
		LearningHttp.Answer unreadable = this.http.api(PORTAL, "PUT", employees(business),
				"{\"employees\":[{\"employeeCode\":\"A1\",\"nam\":\"x\"}]}");
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.json().path("violations").get(0).path("rule").asText()).isEqualTo("GEN-2");
		assertThat(this.employees.findByBusinessIdOrderByEmployeeCode(business.getId()))
			.extracting(ClipEmployee::getName)
			.containsExactly("既存 一郎");
	}

	@Test
	@DisplayName("CLIP-4 §1 the roster and the training status answer reception, the CLIP advisors and reviewers and the portal; an auditor gets 403; an unknown business 404")
	void whoMayCall() {
		ClipBusiness business = this.businesses.certified("株式会社権限テスト");
		assertThat(this.http.api(Fixtures.AUDITOR_A, "GET", training(business), null).status()).isEqualTo(403);
		assertThat(this.http.api(Fixtures.AUDITOR_A, "PUT", employees(business), roster("A", "名前")).status())
			.isEqualTo(403);
		assertThat(this.http.api(Fixtures.RECEPTION, "GET", training(business), null).status()).isEqualTo(200);
		assertThat(this.http.api(ADVISOR, "GET", training(business), null).status()).isEqualTo(200);
		LearningHttp.Answer unknown = this.http.api(PORTAL, "GET", "/api/clip/businesses/CT-NONE/training", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(this.http.api(PORTAL, "PUT", "/api/clip/businesses/CT-NONE/employees", roster("A", "名前")).status())
			.isEqualTo(404);
	}

	@Test
	@DisplayName("CLIP-4 the yearly training duty is met (allCompleted) only when every active employee completed within the current certification year: a completion before it does not count, one who left does not count, a business not certified has no year and says so")
	void allCompletedOnlyWithinTheYear() {
		LocalDate today = this.calendar.today();
		ClipBusiness business = this.businesses.certified("株式会社受講状況テスト", today.minusDays(100), today.plusDays(264));
		this.businesses.roster(business, "K1", "山田 太郎", "K2", "佐藤 花子", "K3", "鈴木 一郎");
		LearningRunnerTest.complete(this.http, business, "K1", "山田 太郎");
		// K2 completed before this certification year began
		ClockUtil.setCurrentTime(
				java.util.Date.from(today.minusDays(130).atStartOfDay(this.calendar.zone()).plusHours(10).toInstant()));
		LearningRunnerTest.complete(this.http, business, "K2", "佐藤 花子");
		ClockUtil.reset();

		JsonNode status = this.http.api(PORTAL, "GET", training(business), null).json();
		assertThat(status.path("yearFrom").asText()).isEqualTo(today.minusDays(100).toString());
		assertThat(status.path("completedEmployees").asInt()).isEqualTo(1);
		assertThat(status.path("allCompleted").asBoolean()).isFalse();
		assertThat(status.path("employees").get(0).path("completed").asBoolean()).isTrue();
		assertThat(status.path("employees").get(0).path("courseVersion").asText()).isEqualTo("2026");
		assertThat(status.path("employees").get(0).path("attempts").asInt()).isEqualTo(1);
		assertThat(status.path("employees").get(1).path("completed").asBoolean()).isFalse();
		assertThat(this.learningStatus.summary(this.businesses.reload(business)))
			.isEqualTo("eラーニング受講：3名中1名が今年度（" + jp.pmark.workflow.guard.JapaneseDates.show(today.minusDays(100)) + "〜"
					+ jp.pmark.workflow.guard.JapaneseDates.show(today.plusDays(264)) + "）受講済み（未受講：佐藤 花子、鈴木 一郎）");

		LearningRunnerTest.complete(this.http, business, "K2", "佐藤 花子");
		assertThat(this.http.api(PORTAL, "GET", training(business), null).json().path("allCompleted").asBoolean())
			.isFalse();
		// K3 leaves: everyone still on the roster completed
		this.http.api(PORTAL, "PUT", employees(business), roster("K1", "山田 太郎", "K2", "佐藤 花子"));
		JsonNode met = this.http.api(PORTAL, "GET", training(business), null).json();
		assertThat(met.path("allCompleted").asBoolean()).as(met.toString()).isTrue();
		assertThat(this.learningStatus.allCompleted(this.businesses.reload(business))).isTrue();
		assertThat(met.path("summary").asText()).startsWith("eラーニング受講：2名全員が今年度").endsWith("法定の定期的な教育を満たしています");

		// the next certification year: last year's completions no longer count
		ClipBusiness renewed = this.businesses.renew(business, today.plusDays(1));
		assertThat(this.learningStatus.status(renewed).completedEmployees()).isZero();
		assertThat(this.learningStatus.allCompleted(renewed)).isFalse();

		ClipBusiness guided = this.businesses.enrolled("株式会社指導中テスト");
		this.businesses.roster(guided, "G1", "指導 一郎");
		JsonNode uncertified = this.http.api(PORTAL, "GET", training(guided), null).json();
		assertThat(uncertified.path("certified").asBoolean()).isFalse();
		assertThat(uncertified.path("allCompleted").asBoolean()).isFalse();
		assertThat(uncertified.path("yearFrom").isNull()).isTrue();
		assertThat(uncertified.path("learningUrl").isNull()).isTrue();
		assertThat(uncertified.path("summary").asText()).isEqualTo("eラーニング受講：認証期間中ではないため対象外です（認証取得に向けて指導中）");
		ClipBusiness empty = this.businesses.certified("株式会社名簿なしテスト");
		assertThat(this.learningStatus.summary(empty)).startsWith("eラーニング受講：従業者名簿が登録されていません");
		assertThat(this.learningStatus.allCompleted(empty)).isFalse();
	}

}
