package jp.pmark.workflow.clip;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.ApiCaller;
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
 * Complaint and leak consultations of certified CLIP businesses (CLIP-4, CLIP-5), as the
 * business sends them through the portal or reception enters them, and their state.
 */
@RestController
@Tag(name = "CLIP 苦情・漏えい相談", description = "CLIPマーク認証事業者の苦情・漏えい相談（CLIP-4、CLIP-5）")
class ClipConsultationsApi {

	/**
	 * The consultation as JSON; codes and dates as text, so that a wrong one gets its
	 * rule.
	 */
	record ConsultationBody(String enrolmentNumber, String kind, String raisedBy, String complainantName,
			String complainantContact, String receivedOn, String channel, String summary, String firstHandling,
			String firstHandlingNote) {
	}

	private final ClipConsultations consultations;

	private final ApiCaller caller;

	private final JapaneseBusinessCalendar calendar;

	ClipConsultationsApi(ClipConsultations consultations, ApiCaller caller, JapaneseBusinessCalendar calendar) {
		this.consultations = consultations;
		this.caller = caller;
		this.calendar = calendar;
	}

	@AllowedGroups(value = StaffGroup.RECEPTION, portal = true)
	@PostMapping("/api/clip/consultations")
	@Operation(summary = "苦情・漏えい相談を受け付ける",
			description = "認証が有効なCLIPマーク認証事業者の相談のみ受け付けます（CLIP-4）。苦情は、事業者自身の苦情窓口での一次対応の状況（firstHandling）が必要です（CLIP-5）。受付日を省くと今日、受付方法を省くとオンラインです。")
	ResponseEntity<Map<String, Object>> receive(@RequestBody ConsultationBody body) {
		String by = this.caller.requireAuthenticated();
		Rules rules = new Rules();
		LocalDate receivedOn = (body.receivedOn() == null || body.receivedOn().isBlank()) ? this.calendar.today()
				: date(body.receivedOn(), "receivedOn", rules);
		ConsultationChannel channel = (body.channel() == null || body.channel().isBlank()) ? ConsultationChannel.ONLINE
				: code(ConsultationChannel.class, body.channel(), "channel", RuleId.CLIP_4, rules);
		ConsultationRequest request = new ConsultationRequest(body.enrolmentNumber(),
				code(ConsultationKind.class, body.kind(), "kind", RuleId.CLIP_4, rules),
				code(ConsultationRaisedBy.class, body.raisedBy(), "raisedBy", RuleId.CLIP_5, rules),
				body.complainantName(), body.complainantContact(), receivedOn, channel, body.summary(),
				code(ConsultationFirstHandling.class, body.firstHandling(), "firstHandling", RuleId.CLIP_5, rules),
				body.firstHandlingNote());
		// a field already refused for its format is not refused again for being missing
		Rules checked = new Rules();
		this.consultations.check(request, checked);
		Set<String> refused = rules.violations().stream().map(RuleViolation::field).collect(Collectors.toSet());
		rules
			.addAll(checked.violations().stream().filter((violation) -> !refused.contains(violation.field())).toList());
		rules.throwIfAny();
		ClipConsultation consultation = this.consultations.receive(request, by);
		return ResponseEntity.created(URI.create("/api/clip/consultations/" + consultation.getConsultationNumber()))
			.body(describe(consultation));
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.CLIP_ADVISORS })
	@GetMapping("/api/clip/consultations/{consultationNumber}")
	@Operation(summary = "苦情・漏えい相談の状況を照会する")
	ResponseEntity<Map<String, Object>> status(@PathVariable String consultationNumber) {
		return this.consultations.find(consultationNumber)
			.map((consultation) -> ResponseEntity.ok(describe(consultation)))
			.orElse(ResponseEntity.notFound().build());
	}

	private Map<String, Object> describe(ClipConsultation consultation) {
		ClipBusiness business = this.consultations.business(consultation);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("consultationNumber", consultation.getConsultationNumber());
		body.put("enrolmentNumber", business.getEnrolmentNumber());
		body.put("businessName", business.getName());
		body.put("kind", consultation.getKind().name());
		body.put("kindJa", consultation.getKind().japaneseName());
		body.put("raisedBy", consultation.getRaisedBy().name());
		body.put("receivedOn", consultation.getReceivedOn().toString());
		body.put("channel", consultation.getChannel().name());
		body.put("firstHandling",
				(consultation.getFirstHandling() == null) ? null : consultation.getFirstHandling().name());
		body.put("state", (consultation.getOutcome() == null) ? "OPEN" : "ANSWERED");
		if (consultation.getOutcome() != null) {
			body.put("outcome", consultation.getOutcome().name());
			body.put("outcomeJa", consultation.getOutcome().japaneseName());
			body.put("advice", consultation.getAdvice());
			body.put("closedOn", consultation.getClosedOn().toString());
		}
		body.put("incidentNumber", consultation.getIncidentNumber());
		return body;
	}

	private static <E extends Enum<E>> E code(Class<E> type, String value, String field, RuleId rule, Rules rules) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.trim())) {
				return constant;
			}
		}
		// the key beside its rule, where the message check finds it
		if (rule == RuleId.CLIP_5) {
			rules.refuse(field, RuleId.CLIP_5, "unknown-code", value);
		}
		else {
			rules.refuse(field, RuleId.CLIP_4, "unknown-code", value);
		}
		return null;
	}

	private static LocalDate date(String value, String field, Rules rules) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			rules.refuse(field, RuleId.CLIP_4, "date-format");
			return null;
		}
	}

}
