package jp.pmark.workflow.oversight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPEC §1: the managers' view of every case on the product's API (HTTP Basic), for tools
 * and partners; the page linked from Cockpit reads the same at {@code /oversight/api}
 * with the webapps' login ({@link OversightPages}).
 */
@RestController
@RequestMapping("/api/oversight")
@Tag(name = "案件の状況", description = "審査管理者向け: プロセスごとの段階別件数、期限切れ、未入金の請求、対応中の事故報告、締切の近い更新申請受付期間")
class OversightApi {

	private final CaseOverview overview;

	private final CaseLists lists;

	OversightApi(CaseOverview overview, CaseLists lists) {
		this.overview = overview;
		this.lists = lists;
	}

	@AllowedGroups(StaffGroup.ASSESSMENT_MANAGERS)
	@GetMapping
	@Operation(summary = "案件の状況（件数）",
			description = "プロセスごとに、実行中の案件数、各段階（未完了のユーザータスク）で待っている件数と期限切れの件数、インシデント数。"
					+ "あわせて未入金の請求（入金を記録する）、対応中の事故報告、更新申請受付期間が renewalsClosingSoon.withinDays 日以内に終わる登録（更新申請なし）。"
					+ "件数はデータベースで集計します。")
	CaseOverview.Summary summary() {
		return this.overview.summary();
	}

	@AllowedGroups(StaffGroup.ASSESSMENT_MANAGERS)
	@GetMapping("/cases")
	@Operation(summary = "件数の内訳（案件の一覧）",
			description = "list=stage（process と activity を指定、late=true で期限切れのみ）、late（process で絞り込み可）、"
					+ "unpaid-invoices（late=true で支払期限切れのみ）、incident-reports、renewals-closing。期限の早い順、first から max 件（最大200）。")
	CaseLists.CaseList cases(@Parameter(
			description = "stage, late, unpaid-invoices, incident-reports, renewals-closing") @RequestParam String list,
			@Parameter(description = "プロセスのキー（例: PmarkAssessmentProcess）") @RequestParam(
					required = false) String process,
			@Parameter(description = "段階（ユーザータスク）の ID（例: Task_ReviewDocuments）") @RequestParam(
					required = false) String activity,
			@RequestParam(defaultValue = "false") boolean late, @RequestParam(defaultValue = "0") int first,
			@RequestParam(defaultValue = "50") int max) {
		return this.lists.list(list, process, activity, late, first, max);
	}

}
