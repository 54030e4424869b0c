package jp.pmark.workflow.clip;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.common.ConflictException;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CLIP mark through the API: a business enrols (CLIP-1) and sends its self-check and
 * conformity declaration (CLIP-3); staff look a business up.
 */
@RestController
@Tag(name = "CLIPマーク", description = "CLIPマークの申込み、適合チェックリスト・適合宣言書の提出、状況の照会")
class ClipApi {

	/** An enrolment; codes and numbers as text, so that a wrong one gets its rule. */
	record EnrolmentBody(String plan, String fromApplicationNumber, String name, String corporateNumber,
			String representativeName, String postalCode, String address, String contactName, String contactEmail,
			String contactPhone, Integer employees, Boolean higherInsuranceCover, String outsideConsultant) {
	}

	/** A self-check: an answer per checklist item id, and the declaration. */
	record SelfCheckBody(Map<String, String> answers, String declaredBy, String declaredOn, String submittedOn) {
	}

	private final ClipEnrolments enrolments;

	private final ClipInstances instances;

	private final ClipBusinesses businesses;

	private final SelfChecks selfChecks;

	private final JapaneseBusinessCalendar calendar;

	private final ApiCaller caller;

	ClipApi(ClipEnrolments enrolments, ClipInstances instances, ClipBusinesses businesses, SelfChecks selfChecks,
			JapaneseBusinessCalendar calendar, ApiCaller caller) {
		this.enrolments = enrolments;
		this.instances = instances;
		this.businesses = businesses;
		this.selfChecks = selfChecks;
		this.calendar = calendar;
		this.caller = caller;
	}

	@AllowedGroups(value = StaffGroup.RECEPTION, portal = true)
	@PostMapping("/api/clip/businesses")
	@Operation(summary = "CLIPマークに申し込む",
			description = "プラン（LIGHT, STANDARD, ACTIVE）と事業者の情報（CLIP-1）。従業者1名の事業者も申し込めます。fromApplicationNumber に常勤1名のためプライバシーマークを受理できなかった申請の番号を指定すると、空欄の項目をその申請から引き継ぎます。")
	ResponseEntity<Map<String, Object>> enrol(@RequestBody EnrolmentBody body) {
		String by = this.caller.requireAuthenticated();
		Rules rules = new Rules();
		ClipPlan plan = code(body.plan(), "plan", rules);
		ClipEnrolment enrolment = this.enrolments.resolve(new ClipEnrolment(plan, body.name(), body.corporateNumber(),
				body.representativeName(), body.postalCode(), body.address(), body.contactName(), body.contactEmail(),
				body.contactPhone(), body.employees(), Boolean.TRUE.equals(body.higherInsuranceCover()),
				body.outsideConsultant(), body.fromApplicationNumber()));
		Rules checked = new Rules();
		this.enrolments.check(enrolment, checked);
		checked.violations()
			.stream()
			.filter((violation) -> !("plan".equals(violation.field()) && !rules.isEmpty()))
			.forEach((violation) -> rules.addAll(List.of(violation)));
		rules.throwIfAny();
		ClipBusiness business = this.enrolments.enrol(enrolment, by);
		this.instances.start(business);
		return ResponseEntity.created(URI.create("/api/clip/businesses/" + business.getEnrolmentNumber()))
			.body(describe(business));
	}

	@AllowedGroups(value = { StaffGroup.RECEPTION, StaffGroup.CLIP_ADVISORS }, portal = true)
	@PostMapping("/api/clip/businesses/{enrolmentNumber}/self-checks")
	@Operation(summary = "適合チェックリストと適合宣言書を提出する",
			description = "answers は項目番号（L01 など）ごとの YES（適合）・NO（不適合）・NOT_APPLICABLE（該当なし）。法的義務の項目はすべて回答が必要で、努力義務・望ましい事項は任意です（CLIP-3）。専属指導員が自己点検を待っているときだけ受け付けます。")
	ResponseEntity<Map<String, Object>> selfCheck(@PathVariable String enrolmentNumber,
			@RequestBody SelfCheckBody body) {
		this.caller.requireAuthenticated();
		ClipBusiness business = this.businesses.find(enrolmentNumber)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
		Rules rules = new Rules();
		Map<String, CheckAnswer> answers = new LinkedHashMap<>();
		if (body.answers() == null) {
			rules.refuse("answers", RuleId.CLIP_3, "answer-the-checklist");
		}
		else {
			body.answers().forEach((id, value) -> {
				CheckAnswer answer = answerCode(value, "answers." + id, rules);
				if (answer != null) {
					answers.put(id, answer);
				}
			});
		}
		LocalDate declaredOn = date(body.declaredOn(), "declaredOn", rules);
		LocalDate submittedOn = date(body.submittedOn(), "submittedOn", rules);
		Rules checked = new Rules();
		this.selfChecks.check(answers, "answers", body.declaredBy(), declaredOn, submittedOn, this.calendar.today(),
				checked);
		java.util.Set<String> refused = new java.util.HashSet<>();
		rules.violations().forEach((violation) -> refused.add(violation.field()));
		checked.violations()
			.stream()
			.filter((violation) -> !refused.contains(violation.field()))
			.forEach((violation) -> rules.addAll(List.of(violation)));
		rules.throwIfAny();
		List<String> compliant = new ArrayList<>();
		List<String> notApplicable = new ArrayList<>();
		List<String> optional = new ArrayList<>();
		answers.forEach((id, answer) -> {
			boolean required = this.selfChecks.checklist().item(id).orElseThrow().required();
			if (answer == CheckAnswer.YES) {
				(required ? compliant : optional).add(id);
			}
			else if (answer == CheckAnswer.NOT_APPLICABLE && required) {
				notApplicable.add(id);
			}
		});
		boolean submitted = this.instances.submitSelfCheckIfOpen(business.getEnrolmentNumber(), new SelfCheckForm.Input(
				compliant, notApplicable, optional, body.declaredBy(), declaredOn, submittedOn));
		if (!submitted) {
			throw new ConflictException(RuleViolation.of("enrolmentNumber", RuleId.CLIP_3, "not-awaiting-self-check",
					business.getStatus().japaneseName()));
		}
		return ResponseEntity.status(201).body(describe(this.businesses.get(enrolmentNumber)));
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.CLIP_ADVISORS, StaffGroup.CLIP_REVIEWERS,
			StaffGroup.ASSESSMENT_MANAGERS })
	@GetMapping("/api/clip/businesses/{enrolmentNumber}")
	@Operation(summary = "CLIPマークの事業者の状況を照会する")
	ResponseEntity<Map<String, Object>> status(@PathVariable String enrolmentNumber) {
		return this.businesses.find(enrolmentNumber)
			.map((business) -> ResponseEntity.ok(describe(business)))
			.orElse(ResponseEntity.notFound().build());
	}

	private Map<String, Object> describe(ClipBusiness business) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("enrolmentNumber", business.getEnrolmentNumber());
		answer.put("name", business.getName());
		answer.put("plan", business.getPlan().name());
		answer.put("status", business.getStatus().name());
		answer.put("statusJa", business.getStatus().japaneseName());
		answer.put("employees", business.getEmployees());
		answer.put("advisor", business.getAdvisor());
		answer.put("cycle", business.getCycle());
		answer.put("certificateNumber", business.getCertificateNumber());
		answer.put("certifiedSince", business.getCertifiedSince());
		answer.put("validFrom", business.getValidFrom());
		answer.put("validUntil", business.getValidUntil());
		answer.put("lastReviewOn", business.getLastReviewOn());
		answer.put("complaintContact", business.isComplaintContact());
		answer.put("fromApplicationNumber", business.getFromApplicationNumber());
		return answer;
	}

	private static ClipPlan code(String value, String field, Rules rules) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (ClipPlan plan : ClipPlan.values()) {
			if (plan.name().equals(value.strip())) {
				return plan;
			}
		}
		rules.refuse(field, RuleId.CLIP_1, "not-a-code", value);
		return null;
	}

	private static CheckAnswer answerCode(String value, String field, Rules rules) {
		if (value != null) {
			for (CheckAnswer answer : CheckAnswer.values()) {
				if (answer.name().equals(value.strip())) {
					return answer;
				}
			}
		}
		rules.refuse(field, RuleId.CLIP_3, "not-a-code", String.valueOf(value));
		return null;
	}

	private static LocalDate date(String value, String field, Rules rules) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			rules.refuse(field, RuleId.CLIP_3, "date-format");
			return null;
		}
	}

}
