package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.common.Recorded;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JIP-2: the registration JIPDEC returns, reported by its system or by staff's tools. */
@RestController
@RequestMapping("/api/applications/{applicationNumber}/registration")
@Tag(name = "登録", description = "付与機関から返された登録情報の記録")
class RegistrationsApi {

	/** The registration number, e.g. 10823456(05), and the first day of validity. */
	record RegistrationRequest(String registrationNumber, LocalDate validFrom) {
	}

	private final Registrations registrations;

	private final ApiCaller caller;

	RegistrationsApi(Registrations registrations, ApiCaller caller) {
		this.registrations = registrations;
		this.caller = caller;
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS })
	@PostMapping
	@Operation(summary = "登録番号と有効期間を記録する", description = "有効期間は開始日から2年間（JIP-3）。決定日から3か月以内に限ります。")
	ResponseEntity<Map<String, Object>> record(@PathVariable String applicationNumber,
			@RequestBody RegistrationRequest request) {
		String by = this.caller.requireAuthenticated();
		Recorded<Registration> recorded = this.registrations.receiveFromJipdec(applicationNumber,
				request.registrationNumber(), request.validFrom(), by);
		Registration registration = recorded.value();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("registrationNumber", registration.getRegistrationNumber());
		body.put("validFrom", registration.getValidFrom().toString());
		body.put("validUntil", registration.getValidUntil().toString());
		return ResponseEntity.status(recorded.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
	}

}
