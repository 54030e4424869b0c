package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.CaseLetter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit's letters as texts, built from records without Spring or the engine. */
class AuditLettersTest {

	static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	static Map<String, Object> header() {
		return AuditLetters.header("PM-2026-00001", "株式会社プライバシーテック", TODAY);
	}

	static Auditor auditor(String name) {
		return new Auditor(name, name, "東京都", "審査センター", "主任", "大学", "審査員資格", "研修", "10件", "良", AuditorGrade.values()[0],
				TODAY, true);
	}

	@Test
	@DisplayName("AUD-7 the team notice names each member with the role, and the assistant only when consented")
	void teamNotice() {
		List<AuditTeams.Member> members = List.of(new AuditTeams.Member(auditor("佐藤"), TeamRole.LEADER),
				new AuditTeams.Member(auditor("鈴木"), TeamRole.ASSISTANT));
		CaseLetter letter = AuditLetters.teamNotice(header(), members, true);
		assertThat(letter.kind()).isEqualTo("TEAM_NOTICE");
		assertThat(letter.title()).isEqualTo("審査担当の通知について");
		assertThat(letter.contents()).containsKeys("申請番号", "申請者", "通知日", "本文", "審査員補")
			.containsEntry("通知日", "2026-06-01")
			.containsEntry("審査担当", List.of("佐藤（審査責任者）", "鈴木（審査員補）"));
		assertThat(AuditLetters.teamNotice(header(), members, false).contents()).doesNotContainKey("審査員補");
	}

	@Test
	@DisplayName("DOC-4 the document review result says 適合 or 不備あり, each of the 15 areas, and asks for improvement only when deficient")
	void documentReviewResult() {
		DocumentReview conforming = new DocumentReview(1L, "CONFORMING", "適合", "策定済み", true, true, null, false,
				"auditor");
		List<DocumentReviewArea> areas = List.of(new DocumentReviewArea(1L, ReviewArea.values()[0], true, "確認"));
		CaseLetter letter = AuditLetters.documentReviewResult(header(), conforming, areas);
		assertThat(letter.kind()).isEqualTo("DOCUMENT_REVIEW_RESULT");
		assertThat(letter.contents()).containsEntry("結果", "適合")
			.containsEntry("15の事項", Map.of(ReviewArea.values()[0].japaneseName(), "規定あり：確認"))
			.doesNotContainKeys("不備の内容", "お願い", "現地審査について");
		DocumentReview deficient = new DocumentReview(1L, "DEFICIENT", "一部不適合", "未策定", true, true, "教育の記録がない", true,
				"auditor");
		assertThat(AuditLetters.documentReviewResult(header(), deficient, areas).contents()).containsEntry("結果", "不備あり")
			.containsEntry("不備の内容", "教育の記録がない")
			.containsKeys("お願い", "現地審査について");
	}

	@Test
	@DisplayName("FND-1 FND-3 the findings document lists the nonconformities in order and the deadline three months after issue")
	void findingsDocument() {
		FindingsDocument document = new FindingsDocument(1L, LocalDate.parse("2026-05-31"),
				LocalDate.parse("2026-05-20"), "佐藤", "概ね適合", null, false, null, "auditor");
		CaseLetter letter = AuditLetters.findingsDocument(header(), document,
				List.of(new Nonconformity(1L, 1, "教育の未実施"), new Nonconformity(1L, 2, "台帳の不備")));
		assertThat(letter.kind()).isEqualTo("FINDINGS_DOCUMENT");
		assertThat(letter.contents()).containsEntry("不適合", List.of("1. 教育の未実施", "2. 台帳の不備"))
			.containsEntry("審査現場で提示した内容との相違", "なし")
			.containsEntry("改善報告書の提出期限", "2026-08-31（発行日から3か月以内、改善のエビデンスを添えて）")
			.doesNotContainKey("以前の審査結果との比較");
	}

	@Test
	@DisplayName("DOC-5 INT-12 the withdrawal and the termination letters say the fee is not refunded")
	void withdrawalAndTermination() {
		CaseLetter withdrawal = AuditLetters.withdrawal(header(), "協議の結果");
		assertThat(withdrawal.kind()).isEqualTo("WITHDRAWAL_NOTICE");
		assertThat(withdrawal.contents()).containsEntry("経緯", "協議の結果");
		assertThat(withdrawal.contents().get("ご注意").toString()).contains("返金いたしません");
		CaseLetter termination = AuditLetters.termination(header());
		assertThat(termination.kind()).isEqualTo("TERMINATION_NOTICE");
		assertThat(termination.contents().get("ご注意").toString()).contains("1年間は申請できません");
	}

}
