package jp.pmark.workflow.clip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * CLIP-4 on the API: a business's roster of employees (whole, each time) and whether they
 * took the e-learning this certification year, for the business (through the portal) and
 * the association's staff.
 */
@RestController
@Tag(name = "CLIPマークのeラーニング", description = "従業者名簿と、今年度のeラーニング受講状況（法定の定期的な教育）")
class ClipEmployeeApi {

	/** The roster as sent: every employee, each time. */
	record RosterBody(List<ClipEmployeeRoster.Entry> employees) {
	}

	private final ClipBusinesses businesses;

	private final ClipEmployeeRoster roster;

	private final LearningStatus learning;

	private final LearningCourses courses;

	private final ClipProperties properties;

	private final ApiCaller caller;

	ClipEmployeeApi(ClipBusinesses businesses, ClipEmployeeRoster roster, LearningStatus learning,
			LearningCourses courses, ClipProperties properties, ApiCaller caller) {
		this.businesses = businesses;
		this.roster = roster;
		this.learning = learning;
		this.courses = courses;
		this.properties = properties;
		this.caller = caller;
	}

	@AllowedGroups(value = { StaffGroup.RECEPTION, StaffGroup.CLIP_ADVISORS, StaffGroup.CLIP_REVIEWERS }, portal = true)
	@PutMapping("/api/clip/businesses/{enrolmentNumber}/employees")
	@Operation(summary = "従業者名簿を登録する",
			description = "名簿の全員を毎回送ります（1〜5000名、社員番号は重複不可、氏名は100文字以内）。送られなかった従業者は退職者として無効にし、削除はしません。")
	ResponseEntity<?> putRoster(@PathVariable String enrolmentNumber, @RequestBody RosterBody body) {
		String by = this.caller.requireAuthenticated();
		Optional<ClipBusiness> business = this.businesses.find(enrolmentNumber);
		if (business.isEmpty()) {
			return notFound(enrolmentNumber);
		}
		Rules rules = new Rules();
		List<ClipEmployeeRoster.Entry> entries = ClipEmployeeRoster.check(body.employees(), rules);
		rules.throwIfAny();
		ClipEmployeeRoster.Change change = this.roster.replace(business.get(), entries, by);
		Map<String, Object> answer = training(business.get());
		answer.put("rosterChange", change);
		return ResponseEntity.ok(answer);
	}

	@AllowedGroups(value = { StaffGroup.RECEPTION, StaffGroup.CLIP_ADVISORS, StaffGroup.CLIP_REVIEWERS }, portal = true)
	@GetMapping("/api/clip/businesses/{enrolmentNumber}/training")
	@Operation(summary = "今年度のeラーニング受講状況を照会する",
			description = "名簿の在籍者ごとに、今年度（認証の有効期間）の受講の有無と日時。allCompleted が true なら、全員が受講し法定の定期的な教育を満たしています。")
	ResponseEntity<?> training(@PathVariable String enrolmentNumber) {
		return this.businesses.find(enrolmentNumber)
			.<ResponseEntity<?>>map((business) -> ResponseEntity.ok(training(business)))
			.orElseGet(() -> notFound(enrolmentNumber));
	}

	private Map<String, Object> training(ClipBusiness business) {
		LearningStatus.TrainingStatus status = this.learning.status(business);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("enrolmentNumber", business.getEnrolmentNumber());
		body.put("businessName", business.getName());
		body.put("status", business.getStatus().name());
		body.put("statusJa", business.getStatus().japaneseName());
		body.put("certified", status.certified());
		body.put("yearFrom", (status.yearFrom() == null) ? null : status.yearFrom().toString());
		body.put("yearUntil", (status.yearUntil() == null) ? null : status.yearUntil().toString());
		body.put("courseVersion", this.courses.current().version());
		boolean linked = status.certified() && business.getLearningToken() != null;
		body.put("learningUrl", linked ? this.properties.learningBaseUrl() + business.getLearningToken() : null);
		body.put("activeEmployees", status.activeEmployees());
		body.put("completedEmployees", status.completedEmployees());
		body.put("allCompleted", status.allCompleted());
		body.put("summary", LearningStatus.summary(business, status));
		body.put("employees", status.employees().stream().map((entry) -> {
			Map<String, Object> employee = new LinkedHashMap<>();
			employee.put("employeeCode", entry.employee().getEmployeeCode());
			employee.put("name", entry.employee().getName());
			employee.put("completed", entry.completed());
			employee.put("completedAt", entry.completed() ? entry.completion().getCompletedAt().toString() : null);
			employee.put("courseVersion", entry.completed() ? entry.completion().getCourseVersion() : null);
			employee.put("attempts", entry.completed() ? entry.completion().getAttempts() : null);
			return employee;
		}).toList());
		return body;
	}

	private static ResponseEntity<ProblemDetail> notFound(String enrolmentNumber) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "この事業者番号の CLIP マークの事業者はありません。");
		problem.setTitle("事業者がありません");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
