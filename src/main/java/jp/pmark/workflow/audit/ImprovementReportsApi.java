package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.common.Recorded;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Improvement reports submitted online (FND-3), for the applicant portal. */
@RestController
@RequestMapping("/api/applications/{applicationNumber}/improvement-reports")
@Tag(name = "改善報告", description = "改善報告書のオンライン提出")
class ImprovementReportsApi {

	/** The report: what was corrected, and the evidence attached. */
	record ImprovementReportRequest(String summary, String evidence) {
	}

	private final Improvements improvements;

	private final JapaneseBusinessCalendar calendar;

	private final ApiCaller caller;

	ImprovementReportsApi(Improvements improvements, JapaneseBusinessCalendar calendar, ApiCaller caller) {
		this.improvements = improvements;
		this.calendar = calendar;
		this.caller = caller;
	}

	@AllowedGroups(value = StaffGroup.RECEPTION, portal = true)
	@PostMapping
	@Operation(summary = "改善報告書を提出する", description = "指摘事項文書の発行日から3か月以内（FND-3）。審査担当の確認に進みます。")
	ResponseEntity<Map<String, Object>> submit(@PathVariable String applicationNumber,
			@RequestBody ImprovementReportRequest report) {
		String by = this.caller.requireAuthenticated();
		Rules rules = new Rules();
		rules.require(report.summary() != null && !report.summary().isBlank(), "summary", RuleId.FND_3,
				"give-what-corrected");
		rules.require(report.evidence() != null && !report.evidence().isBlank(), "evidence", RuleId.FND_3,
				"give-evidence");
		rules.add(IndividualNumbers.check("summary", report.summary()));
		rules.add(IndividualNumbers.check("evidence", report.evidence()));
		rules.throwIfAny();
		LocalDate today = this.calendar.today();
		Recorded<ImprovementReport> saved = this.improvements.receiveOnline(applicationNumber, today, report.summary(),
				report.evidence(), by);
		return ResponseEntity.status(saved.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(Map.of("applicationNumber", applicationNumber, "receivedOn",
					saved.value().getReceivedOn().toString()));
	}

}
