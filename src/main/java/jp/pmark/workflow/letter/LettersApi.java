package jp.pmark.workflow.letter;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.common.TaskCases;
import jp.pmark.workflow.engine.Authenticated;
import jp.pmark.workflow.engine.TaskAccessRules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GEN-3: the letters filed under an application number (its intake, assessment, invoices,
 * decision and registration; a change report's, merger case's or incident's letters are
 * filed under their own numbers and open from their tasks' forms) and their PDFs, for the
 * staff a task of the case is offered to and for the oversight groups; a correction of a
 * letter by an assessment manager (GEN-1).
 */
@RestController
@RequestMapping("/api/applications/{applicationNumber}/letters")
@Tag(name = "送付文書", description = "案件の送付文書（PDF）と送付の状況")
class LettersApi {

	/**
	 * A correction: the items to change (by their labels on the letter) and why.
	 */
	record CorrectionRequest(String reason, Map<String, String> changes) {
	}

	private final Letters letters;

	private final LetterDeliveries deliveries;

	private final LetterRenderer renderer;

	private final ApiCaller caller;

	private final IdentityService identityService;

	private final TaskService taskService;

	private final TaskAccessRules access;

	private final TaskCases tasks;

	LettersApi(Letters letters, LetterDeliveries deliveries, LetterRenderer renderer, ApiCaller caller,
			IdentityService identityService, TaskService taskService, TaskAccessRules access, TaskCases tasks) {
		this.letters = letters;
		this.deliveries = deliveries;
		this.renderer = renderer;
		this.caller = caller;
		this.identityService = identityService;
		this.taskService = taskService;
		this.access = access;
		this.tasks = tasks;
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ACCOUNTING, StaffGroup.ASSESSMENT_MANAGERS,
			StaffGroup.LEAD_AUDITORS, StaffGroup.ASSISTANT_AUDITORS, StaffGroup.COMMITTEE })
	@GetMapping
	@Operation(summary = "案件の送付文書の一覧", description = "案件のタスクが割り当てられている担当者と審査管理者が参照できます。")
	List<Map<String, Object>> list(@PathVariable String applicationNumber) {
		requireCase(applicationNumber);
		return this.letters.ofCases(List.of(applicationNumber))
			.stream()
			.map((letter) -> describe(applicationNumber, letter))
			.toList();
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ACCOUNTING, StaffGroup.ASSESSMENT_MANAGERS,
			StaffGroup.LEAD_AUDITORS, StaffGroup.ASSISTANT_AUDITORS, StaffGroup.COMMITTEE })
	@GetMapping("/{letterId}.pdf")
	@Operation(summary = "送付文書のPDF", description = "送付したとおりのPDF（一度作成したものは変わりません）。")
	ResponseEntity<byte[]> pdf(@PathVariable String applicationNumber, @PathVariable long letterId) {
		requireCase(applicationNumber);
		Letter letter = letterOf(applicationNumber, letterId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(this.deliveries.fileName(letter), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(this.deliveries.pdfToRead(letter));
	}

	@AllowedGroups({ StaffGroup.ASSESSMENT_MANAGERS })
	@PostMapping("/{letterId}/corrections")
	@Operation(summary = "送付文書を訂正する（GEN-1）",
			description = "訂正した項目で新しい文書を作成し、送付します。元の文書とそのPDFは変わりません。新しい文書は元の文書を訂正するものであることと理由を記載します。")
	ResponseEntity<Map<String, Object>> correct(@PathVariable String applicationNumber, @PathVariable long letterId,
			@RequestBody CorrectionRequest request) {
		String by = this.caller.requireAuthenticated();
		requireCase(applicationNumber);
		Letter letter = letterOf(applicationNumber, letterId);
		Map<String, Object> contents = this.letters.contents(letter);
		List<RuleViolation> violations = new java.util.ArrayList<>();
		if (request.reason() == null || request.reason().isBlank()) {
			violations.add(RuleViolation.of("reason", RuleId.GEN_1, "enter-correction-reason"));
		}
		IndividualNumbers.check("reason", request.reason()).ifPresent(violations::add);
		if (request.changes() == null || request.changes().isEmpty()) {
			violations.add(RuleViolation.of("changes", RuleId.GEN_1, "enter-corrections"));
		}
		else {
			request.changes().forEach((label, value) -> {
				if (!(contents.get(label) instanceof String)) {
					violations.add(RuleViolation.of("changes." + label, RuleId.GEN_1, "unknown-item"));
				}
				else if (value == null || value.isBlank() || value.equals(contents.get(label))) {
					violations.add(RuleViolation.of("changes." + label, RuleId.GEN_1, "correction-changes-nothing"));
				}
				IndividualNumbers.check("changes." + label, value).ifPresent(violations::add);
			});
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Letter corrected = this.letters.correct(letter, request.changes(), request.reason().strip(), by);
		return ResponseEntity.status(HttpStatus.CREATED).body(describe(applicationNumber, corrected));
	}

	private Letter letterOf(String applicationNumber, long letterId) {
		return this.letters.find(letterId)
			.filter((letter) -> applicationNumber.equals(letter.getCaseKey()))
			.orElseThrow(() -> new RuleViolationException(
					List.of(RuleViolation.of("letterId", RuleId.GEN_3, "letter-not-found"))));
	}

	/**
	 * The caller may read the case's letters: an oversight group, or a task of the case
	 * (or of its invoices) is offered to them.
	 */
	private void requireCase(String applicationNumber) {
		Authenticated caller = Authenticated.current(this.identityService)
			.orElseThrow(() -> new jp.pmark.workflow.common.ApiAccessDeniedException("認証されていません。"));
		if (caller.inAnyOf(this.access.oversightGroups()) || caller.groupIds().contains(StaffGroup.ADMIN_GROUP_ID)) {
			return;
		}
		// the task query finds tasks by their candidate groups; whether the task is
		// offered to the caller (e.g. only the audit team among the auditors) is the
		// engine's read check
		boolean offered = java.util.stream.Stream
			.concat(this.taskService.createTaskQuery().processInstanceBusinessKey(applicationNumber).list().stream(),
					this.taskService.createTaskQuery()
						.processVariableValueEquals(TaskCases.APPLICATION_NUMBER, applicationNumber)
						.list()
						.stream())
			.anyMatch(this.tasks::readable);
		if (!offered) {
			throw new jp.pmark.workflow.common.ApiAccessDeniedException("この案件のタスクが割り当てられていないため、送付文書を参照できません。");
		}
	}

	private Map<String, Object> describe(String applicationNumber, Letter letter) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", letter.getId());
		body.put("number", this.renderer.number(letter.getId()));
		body.put("kind", letter.getKind());
		body.put("title", letter.getTitle());
		body.put("date", this.renderer.dateOf(letter).toString());
		body.put("recipient", letter.getRecipient());
		body.put("replacesLetterId", letter.getReplacesLetterId());
		body.put("correctionReason", letter.getCorrectionReason());
		this.deliveries.delivery(letter.getId()).ifPresent((delivery) -> {
			Map<String, Object> how = new LinkedHashMap<>();
			how.put("channel", delivery.getChannel().name());
			how.put("state", delivery.getState().name());
			how.put("summary", LetterDeliveries.describe(delivery));
			how.put("emailTo", letter.getEmailTo());
			how.put("sentAt", (delivery.getSentAt() != null) ? delivery.getSentAt().toString() : null);
			how.put("postedOn", (delivery.getPostedOn() != null) ? delivery.getPostedOn().toString() : null);
			body.put("delivery", how);
		});
		body.put("pdf", "/api/applications/" + applicationNumber + "/letters/" + letter.getId() + ".pdf");
		return body;
	}

}
