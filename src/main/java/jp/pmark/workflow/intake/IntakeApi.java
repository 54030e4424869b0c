package jp.pmark.workflow.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The intake API for online applications (INT-1, INT-2), for the applicant portal. Calls
 * are authenticated (HTTP Basic, a member of {@code reception}); a refused application is
 * a problem+json response listing every field, rule and message, and nothing is saved.
 */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "申請", description = "オンライン申請の受付と状況の照会")
class IntakeApi {

	private final IntakeService intake;

	private final Applications applications;

	private final SubmittedDocuments documents;

	private final ApiCaller caller;

	IntakeApi(IntakeService intake, Applications applications, SubmittedDocuments documents, ApiCaller caller) {
		this.intake = intake;
		this.applications = applications;
		this.documents = documents;
		this.caller = caller;
	}

	@AllowedGroups(value = StaffGroup.RECEPTION, portal = true)
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "新規申請をオンラインで受け付ける", description = "申請の内容と書類を受け取り、審査を開始して申請番号を返します。ファイルの形式は内容で判定します（INT-2）。"
			+ "法人番号（CHG-6）、個人番号の記載（CHG-5）、必須書類（INT-3、INT-7）、同意（INT-6）を確認し、反するものは全て problem+json で返します。")
	ResponseEntity<Map<String, Object>> apply(@ModelAttribute OnlineApplicationRequest request) {
		String caller = this.caller.requireAuthenticated();
		List<NewApplication.UploadedFile> files = new ArrayList<>();
		request.files().forEach((type, parts) -> {
			int index = 0;
			for (MultipartFile part : parts) {
				files.add(new NewApplication.UploadedFile(OnlineApplicationRequest.fieldOf(type) + "[" + index++ + "]",
						type, part.getOriginalFilename(), bytes(part)));
			}
		});
		NewApplication application = request.toNewApplication(files);
		Rules rules = new Rules();
		this.intake.check(application, rules);
		rules.throwIfAny();
		IntakeService.Received received = this.intake.receive(application, caller);
		return ResponseEntity.created(URI.create("/api/applications/" + received.application().getApplicationNumber()))
			.body(summary(received.application(), received.documents()));
	}

	@AllowedGroups({ StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS })
	@GetMapping("/{applicationNumber}")
	@Operation(summary = "申請の状況を照会する")
	ResponseEntity<Map<String, Object>> status(@PathVariable String applicationNumber) {
		this.caller.requireAuthenticated();
		return this.applications.find(applicationNumber)
			.map((application) -> ResponseEntity
				.ok(summary(application, this.documents.documents(application.getApplicationNumber()))))
			.orElse(ResponseEntity.notFound().build());
	}

	private static Map<String, Object> summary(Application application, List<DocumentSummary> documents) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicationNumber", application.getApplicationNumber());
		body.put("applicant", application.getApplicant().getName());
		body.put("status", application.getStatus().name());
		body.put("statusJa", application.getStatus().japaneseName());
		body.put("suspended", application.isSuspended());
		body.put("kind", application.getKind().name());
		DocumentList list = DocumentList.of(application);
		body.put("documents", documents.stream().map((document) -> document.describe(list)).toList());
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
