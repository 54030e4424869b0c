package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;

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
				rules.refuse("teamMembers", RuleId.AUD_6, "assistant-auditor-cannot-team-member",
						member.auditor().getName());
			}
		}
		rules.require(counting >= 2, "teamMembers", RuleId.AUD_4, "team-needs-two-more-lead");
		rules.require(members.stream().anyMatch((member) -> member.auditor().getGrade() == AuditorGrade.LEAD_AUDITOR),
				"teamMembers", RuleId.AUD_4, "team-needs-least-one-lead");
		if (leader == null) {
			rules.refuse("teamLeader", RuleId.AUD_4, "choose-team-leader");
		}
		else {
			rules.require(leader.auditor().getGrade() == AuditorGrade.LEAD_AUDITOR, "teamLeader", RuleId.AUD_4,
					"not-lead-auditor", leader.auditor().getName());
			rules.require(
					members.stream().anyMatch((member) -> member.auditor().getId().equals(leader.auditor().getId())),
					"teamLeader", RuleId.AUD_4, "team-leader-must-member-team", leader.auditor().getName());
		}
		if (!assistants.isEmpty()) {
			rules.require(assistantConsent, "assistantConsent", RuleId.AUD_6, "assistant-auditors-may-join-only");
		}
		for (Candidate assistant : assistants) {
			rules.require(assistant.auditor().getGrade() == AuditorGrade.ASSISTANT_AUDITOR, "assistants", RuleId.AUD_6,
					"not-assistant-auditor", assistant.auditor().getName());
		}
		for (Candidate candidate : concat(members, assistants)) {
			checkPerson(candidate, applicant, today, conflictLookbackYears, rules);
		}
	}

	private static void checkPerson(Candidate candidate, Applicant applicant, LocalDate today, int lookbackYears,
			Rules rules) {
		Auditor auditor = candidate.auditor();
		rules.require(auditor.isActive(), "teamMembers", RuleId.AUD_2, "not-active", auditor.getName());
		rules.require(candidate.agreements().stream().anyMatch((agreement) -> agreement.coversOn(today)), "teamMembers",
				RuleId.AUD_3, "no-valid-agreement-confidentiality", auditor.getName());
		rules.require(candidate.inAuditorGroups(), "teamMembers", RuleId.AUD_2, "user-not-in-auditors-group",
				auditor.getName(), auditor.getUserId());
		for (ConflictOfInterest conflict : candidate.conflicts()) {
			if (concerns(conflict, applicant) && isCurrent(conflict, today, lookbackYears)) {
				rules.refuse("teamMembers", RuleId.AUD_5, "declared-conflict-interest-applicant", auditor.getName(),
						conflict.getBusinessName(),
						((conflict.getDescription() != null) ? conflict.getDescription() : conflict.getKind()));
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
