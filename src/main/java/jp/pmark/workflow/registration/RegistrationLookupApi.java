package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registrations and their renewal windows (REN-1, REN-2), for staff's tools and the
 * applicant portal; JIPDEC's correction of a validity.
 */
@RestController
@Tag(name = "登録", description = "登録の状況、更新申請受付期間、有効期間の訂正")
class RegistrationLookupApi {

	/** The corrected first day of validity and why it was corrected. */
	record ValidityCorrection(LocalDate validFrom, String reason) {
	}

	private final Registrations registrations;

	private final RegistrationLifecycle lifecycle;

	private final RenewalSchedule schedule;

	private final Applications applications;

	private final ApplicantService applicants;

	private final ApiCaller caller;

	RegistrationLookupApi(Registrations registrations, RegistrationLifecycle lifecycle, RenewalSchedule schedule,
			Applications applications, ApplicantService applicants, ApiCaller caller) {
		this.registrations = registrations;
		this.lifecycle = lifecycle;
		this.schedule = schedule;
		this.applications = applications;
		this.applicants = applicants;
		this.caller = caller;
	}

	@AllowedGroups(anyCaller = true)
	@GetMapping("/api/renewal-window")
	@Operation(summary = "有効期間の満了日から更新申請受付期間を求める",
			description = "満了日の8か月前の日の翌日から4か月前の日まで。最終日が休業日のときは直後の営業日まで（REN-1、REN-2）。")
	Map<String, Object> window(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {
		this.caller.requireAuthenticated();
		return window(this.schedule.window(validUntil));
	}

	@AllowedGroups(anyCaller = true)
	@GetMapping("/api/registrations/{registrationNumber}/renewal-window")
	@Operation(summary = "登録の更新申請受付期間を照会する", description = "登録番号は 10823456(05) または 8桁（現在の登録）。")
	ResponseEntity<Map<String, Object>> windowOf(@PathVariable String registrationNumber) {
		this.caller.requireAuthenticated();
		return this.registrations.find(registrationNumber).map((registration) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("registrationNumber", registration.getRegistrationNumber());
			body.put("validUntil", registration.getValidUntil().toString());
			body.putAll(window(this.schedule.window(registration)));
			return ResponseEntity.ok(body);
		}).orElse(ResponseEntity.notFound().build());
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS })
	@GetMapping("/api/registrations/{registrationNumber}")
	@Operation(summary = "登録の状況を照会する", description = "状態、有効期間、更新申請受付期間、これまでの経過。")
	ResponseEntity<Map<String, Object>> registration(@PathVariable String registrationNumber) {
		this.caller.requireAuthenticated();
		return this.registrations.find(registrationNumber)
			.map((registration) -> ResponseEntity.ok(describe(registration)))
			.orElse(ResponseEntity.notFound().build());
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS })
	@PutMapping("/api/registrations/{registrationNumber}/validity")
	@Operation(summary = "付与機関による有効期間の訂正を記録する", description = "有効期間の終わりは開始日から2年間（JIP-3）。更新の案内と受付期間の予定も訂正後の日付で動きます。")
	ResponseEntity<Map<String, Object>> correct(@PathVariable String registrationNumber,
			@RequestBody ValidityCorrection correction) {
		String by = this.caller.requireAuthenticated();
		Registration registration = this.registrations.correctValidity(registrationNumber, correction.validFrom(),
				correction.reason(), by);
		return ResponseEntity.ok(describe(registration));
	}

	private Map<String, Object> describe(Registration registration) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("registrationNumber", registration.getRegistrationNumber());
		body.put("applicant", this.applicants.get(registration.getApplicantId()).getName());
		body.put("status", registration.getStatus().name());
		body.put("statusJa", registration.getStatus().japaneseName());
		body.put("validFrom", registration.getValidFrom().toString());
		body.put("validUntil", registration.getValidUntil().toString());
		body.put("renewalWindow", window(this.schedule.window(registration)));
		body.put("grantedBy", this.applications.get(registration.getApplicationId()).getApplicationNumber());
		List<String> renewals = this.applications.renewalsOf(registration.getId())
			.stream()
			.map(Application::getApplicationNumber)
			.toList();
		body.put("renewalApplications", renewals);
		body.put("journal", this.lifecycle.journal(registration).stream().map((event) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("at", event.getOccurredAt().toString());
			entry.put("by", event.getActor());
			entry.put("event", event.getEvent());
			entry.put("detail", event.getDetail());
			return entry;
		}).toList());
		return body;
	}

	private static Map<String, Object> window(RenewalWindow window) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("opensOn", window.opensOn().toString());
		body.put("nominalClosesOn", window.nominalClosesOn().toString());
		body.put("closesOn", window.closesOn().toString());
		body.put("description", "更新申請受付期間 " + window.describe());
		return body;
	}

}
