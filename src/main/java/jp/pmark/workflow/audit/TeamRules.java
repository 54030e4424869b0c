package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.common.Rules;

/**
 * AUD-3..AUD-6 and AUD-8: whether an audit team may be appointed. Each refusal names the
 * rule and the person; nothing is saved until the team is valid.
 */
public final class TeamRules {

	/** A candidate with what the rules need to know of them. */
	public record Candidate(Auditor auditor, List<AuditorAgreement> agreements, List<ConflictOfInterest> conflicts,
			boolean inAuditorGroups) {
	}

	/** The applicant the team would assess. */
	public record Applicant(String corporateNumber, String name) {
	}

	private TeamRules() {
	}

	/**
	 * Checks a proposed team.
	 * @param members the auditors proposed as members (leader included)
	 * @param leader the proposed team leader (審査責任者), or null
	 * @param assistants the assistant auditors proposed
	 * @param assistantConsent the applicant consented to assistants (AUD-6)
	 */
	public static void check(List<Candidate> members, Candidate leader, List<Candidate> assistants,
			boolean assistantConsent, Applicant applicant, LocalDate today, int conflictLookbackYears, Rules rules) {
		long counting = members.stream().filter((member) -> member.auditor().getGrade().countsTowardTeam()).count();
		for (Candidate member : members) {
			if (!member.auditor().getGrade().countsTowardTeam()) {
				rules.refuse("teamMembers", "AUD-6",
						"「" + member.auditor().getName() + "」は審査員補のため審査担当の構成員になれません。審査員補の欄で選んでください。",
						member.auditor().getName() + " is an assistant auditor and cannot be a team member.");
			}
		}
		rules.require(counting >= 2, "teamMembers", "AUD-4", "審査担当は主任審査員・審査員の2名以上で構成してください。",
				"A team needs two or more lead auditors or auditors.");
		rules.require(members.stream().anyMatch((member) -> member.auditor().getGrade() == AuditorGrade.LEAD_AUDITOR),
				"teamMembers", "AUD-4", "審査担当には主任審査員を1名以上含めてください。", "A team needs at least one lead auditor.");
		if (leader == null) {
			rules.refuse("teamLeader", "AUD-4", "審査責任者を選んでください。", "Choose the team leader.");
		}
		else {
			rules.require(leader.auditor().getGrade() == AuditorGrade.LEAD_AUDITOR, "teamLeader", "AUD-4",
					"審査責任者「" + leader.auditor().getName() + "」は主任審査員ではありません。",
					leader.auditor().getName() + " is not a lead auditor.");
			rules.require(
					members.stream().anyMatch((member) -> member.auditor().getId().equals(leader.auditor().getId())),
					"teamLeader", "AUD-4", "審査責任者「" + leader.auditor().getName() + "」を審査担当の構成員に含めてください。",
					"The team leader must be a member of the team.");
		}
		if (!assistants.isEmpty()) {
			rules.require(assistantConsent, "assistantConsent", "AUD-6", "審査員補を同行させるには申請者の同意が必要です。",
					"Assistant auditors may join only with the applicant's consent.");
		}
		for (Candidate assistant : assistants) {
			rules.require(assistant.auditor().getGrade() == AuditorGrade.ASSISTANT_AUDITOR, "assistants", "AUD-6",
					"「" + assistant.auditor().getName() + "」は審査員補ではありません。",
					assistant.auditor().getName() + " is not an assistant auditor.");
		}
		for (Candidate candidate : concat(members, assistants)) {
			checkPerson(candidate, applicant, today, conflictLookbackYears, rules);
		}
	}

	private static void checkPerson(Candidate candidate, Applicant applicant, LocalDate today, int lookbackYears,
			Rules rules) {
		Auditor auditor = candidate.auditor();
		rules.require(auditor.isActive(), "teamMembers", "AUD-2", "「" + auditor.getName() + "」は現在審査に従事していません。",
				auditor.getName() + " is not active.");
		rules.require(candidate.agreements().stream().anyMatch((agreement) -> agreement.coversOn(today)), "teamMembers",
				"AUD-3", "「" + auditor.getName() + "」は機密保持と利害関係のないことを定めた契約書に署名していない（または期限切れの）ため指名できません。",
				auditor.getName() + " has no valid agreement on confidentiality and no conflict of interest.");
		rules.require(candidate.inAuditorGroups(), "teamMembers", "AUD-2",
				"「" + auditor.getName() + "」のユーザー（" + auditor.getUserId() + "）が主任審査員・審査員・審査員補のグループに属していません。",
				auditor.getName() + "'s user is not in an auditors' group.");
		for (ConflictOfInterest conflict : candidate.conflicts()) {
			if (concerns(conflict, applicant) && isCurrent(conflict, today, lookbackYears)) {
				rules.refuse("teamMembers", "AUD-5",
						"「" + auditor.getName() + "」は申請者との利害関係（" + conflict.getBusinessName() + "、"
								+ ((conflict.getDescription() != null) ? conflict.getDescription() : conflict.getKind())
								+ "）を申告しているため指名できません。",
						auditor.getName() + " declared a conflict of interest with the applicant.");
			}
		}
	}

	static boolean concerns(ConflictOfInterest conflict, Applicant applicant) {
		if (conflict.getCorporateNumber() != null && applicant.corporateNumber() != null) {
			return conflict.getCorporateNumber().equals(applicant.corporateNumber());
		}
		return conflict.getBusinessName()
			.replace(" ", "")
			.replace("　", "")
			.equals(applicant.name().replace(" ", "").replace("　", ""));
	}

	static boolean isCurrent(ConflictOfInterest conflict, LocalDate today, int lookbackYears) {
		return !conflict.getPeriodFrom().isAfter(today) && (conflict.getPeriodTo() == null
				|| !conflict.getPeriodTo().isBefore(today.minusYears(lookbackYears)));
	}

	private static List<Candidate> concat(List<Candidate> first, List<Candidate> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream())
			.collect(java.util.stream.Collectors.toMap((candidate) -> candidate.auditor().getId(),
					(candidate) -> candidate, (a, b) -> a, java.util.LinkedHashMap::new))
			.values()
			.stream()
			.toList();
	}

}
