package jp.pmark.workflow.change;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Change reports as the applicant portal forwards them (CHG-1..CHG-6), their state, and
 * the history of the applicant's record (CHG-7).
 */
@RestController
@Tag(name = "変更報告", description = "申請事項の変更報告と、事業者の記録の変更履歴")
class ChangeReportsApi {

	private final ChangeReports reports;

	private final ApplicantService applicants;

	private final Applications applications;

	private final Registrations registrations;

	private final ApiCaller caller;

	ChangeReportsApi(ChangeReports reports, ApplicantService applicants, Applications applications,
			Registrations registrations, ApiCaller caller) {
		this.reports = reports;
		this.applicants = applicants;
		this.applications = applications;
		this.registrations = registrations;
		this.caller = caller;
	}

	@AllowedGroups(value = StaffGroup.RECEPTION, portal = true)
	@PostMapping(path = "/api/change-reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "変更報告を受け付ける",
			description = "事業者名・本店所在地の変更は法人番号（法人番号のない事業者は公的機関の証憑）、審査中の代表者の変更は登記事項証明書のページが必要です。受付担当が確認してから記録に反映します。")
	ResponseEntity<Map<String, Object>> report(@ModelAttribute ChangeReportUpload upload) {
		String by = this.caller.requireAuthenticated();
		List<ChangeRequest.UploadedFile> files = new ArrayList<>();
		upload.fileFields().forEach((field, parts) -> {
			for (int i = 0; i < parts.size(); i++) {
				MultipartFile part = parts.get(i);
				if (!part.isEmpty()) {
					files.add(new ChangeRequest.UploadedFile(field + "[" + i + "]", ChangeReportUpload.typeOf(field),
							part.getOriginalFilename(), bytes(part)));
				}
			}
		});
		ChangeReport report = this.reports.receive(upload.toRequest(files), by);
		return ResponseEntity.created(URI.create("/api/change-reports/" + report.getReportNumber()))
			.body(describe(report));
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS })
	@GetMapping("/api/change-reports/{reportNumber}")
	@Operation(summary = "変更報告の状況を照会する")
	ResponseEntity<Map<String, Object>> status(@PathVariable String reportNumber) {
		this.caller.requireAuthenticated();
		return this.reports.find(reportNumber)
			.map((report) -> ResponseEntity.ok(describe(report)))
			.orElse(ResponseEntity.notFound().build());
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS })
	@GetMapping("/api/change-history")
	@Operation(summary = "事業者の記録の変更履歴を照会する（CHG-7）", description = "登録番号または申請番号で事業者を指定します。")
	ResponseEntity<Map<String, Object>> history(@RequestParam(required = false) String registrationNumber,
			@RequestParam(required = false) String applicationNumber) {
		this.caller.requireAuthenticated();
		Optional<Long> applicantId = (registrationNumber != null)
				? this.registrations.find(registrationNumber).map(Registration::getApplicantId)
				: this.applications.find((applicationNumber == null) ? "" : applicationNumber)
					.map(Application::getApplicant)
					.map(Applicant::getId);
		return applicantId.map((id) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("applicant", this.applicants.get(id).getName());
			body.put("changes", this.applicants.history(id).stream().map((change) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("field", change.getField().name());
				entry.put("fieldJa", change.getField().japaneseName());
				entry.put("oldValue", change.getOldValue());
				entry.put("newValue", change.getNewValue());
				entry.put("changedBy", change.getChangedBy());
				entry.put("changedAt", change.getChangedAt().toString());
				entry.put("source", change.getSource());
				return entry;
			}).toList());
			return ResponseEntity.ok(body);
		}).orElse(ResponseEntity.notFound().build());
	}

	private Map<String, Object> describe(ChangeReport report) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reportNumber", report.getReportNumber());
		body.put("applicant", this.applicants.get(report.getApplicantId()).getName());
		body.put("kinds", report.getKinds().stream().map(Enum::name).toList());
		body.put("status", report.getStatus().name());
		body.put("statusJa", report.getStatus().japaneseName());
		body.put("changes", this.reports.items(report).stream().map((item) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("field", item.getField().name());
			entry.put("oldValue", item.getOldValue());
			entry.put("newValue", item.getNewValue());
			return entry;
		}).toList());
		body.put("documents", this.reports.documents(report).stream().map(ChangeReportDocument::describe).toList());
		return body;
	}

	private static byte[] bytes(MultipartFile part) {
		try {
			return part.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
