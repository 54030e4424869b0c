package jp.pmark.workflow.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.identity.StaffGroup;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The auditors, and the teams appointed from them (AUD-2..AUD-8). */
@Service
public class AuditTeams {

	/** A member of a team as the forms and letters show them. */
	public record Member(Auditor auditor, TeamRole role) {

		public String describe() {
			return this.auditor.getName() + "（" + this.role.japaneseName() + "・"
					+ this.auditor.getGrade().japaneseName() + "）";
		}

	}

	private static final Set<String> AUDITOR_GROUPS = Set.of(StaffGroup.LEAD_AUDITORS.id(), StaffGroup.AUDITORS.id(),
			StaffGroup.ASSISTANT_AUDITORS.id());

	private final AuditorRepository auditors;

	private final AuditorAgreementRepository agreements;

	private final ConflictOfInterestRepository conflicts;

	private final AuditTeamRepository teams;

	private final AuditTeamMemberRepository members;

	private final IdentityService identityService;

	private final JapaneseBusinessCalendar calendar;

	private final AuditProperties properties;

	AuditTeams(AuditorRepository auditors, AuditorAgreementRepository agreements,
			ConflictOfInterestRepository conflicts, AuditTeamRepository teams, AuditTeamMemberRepository members,
			IdentityService identityService, JapaneseBusinessCalendar calendar, AuditProperties properties) {
		this.auditors = auditors;
		this.agreements = agreements;
		this.conflicts = conflicts;
		this.teams = teams;
		this.members = members;
		this.identityService = identityService;
		this.calendar = calendar;
		this.properties = properties;
	}

	/** Active auditors by id, labelled for a form: 田中 誠（主任審査員）. */
	public Map<String, String> options(boolean assistants) {
		Map<String, String> options = new LinkedHashMap<>();
		for (Auditor auditor : this.auditors.findByActiveTrueOrderByGradeAscNameAsc()) {
			if ((auditor.getGrade() == AuditorGrade.ASSISTANT_AUDITOR) == assistants) {
				options.put(auditor.getId().toString(),
						auditor.getName() + "（" + auditor.getGrade().japaneseName() + "）");
			}
		}
		return options;
	}

	/**
	 * Checks a proposed team against AUD-3..AUD-6 (AUD-8: every refusal, by rule and
	 * person).
	 */
	@Transactional(readOnly = true)
	public void check(Application application, List<String> memberIds, String leaderId, List<String> assistantIds,
			boolean assistantConsent, Rules rules) {
		List<TeamRules.Candidate> memberCandidates = candidates(memberIds, "teamMembers", rules);
		List<TeamRules.Candidate> assistantCandidates = candidates(assistantIds, "assistants", rules);
		TeamRules.Candidate leader = (leaderId == null) ? null
				: candidates(List.of(leaderId), "teamLeader", rules).stream().findFirst().orElse(null);
		TeamRules.check(memberCandidates, leader, assistantCandidates, assistantConsent,
				new TeamRules.Applicant(application.getApplicant().getCorporateNumber(),
						application.getApplicant().getName()),
				this.calendar.today(), this.properties.conflictLookbackYears(), rules);
	}

	/** Appoints a team that passed {@link #check}. */
	@Transactional
	public AuditTeam appoint(Application application, List<String> memberIds, String leaderId,
			List<String> assistantIds, boolean assistantConsent, String appointedBy) {
		AuditTeam team = this.teams.save(new AuditTeam(application.getId(), assistantConsent, appointedBy));
		for (String id : memberIds) {
			this.members.save(new AuditTeamMember(team.getId(), Long.valueOf(id),
					id.equals(leaderId) ? TeamRole.LEADER : TeamRole.MEMBER));
		}
		for (String id : assistantIds) {
			this.members.save(new AuditTeamMember(team.getId(), Long.valueOf(id), TeamRole.ASSISTANT));
		}
		return team;
	}

	public Optional<AuditTeam> currentTeam(Application application) {
		return this.teams.findFirstByApplicationIdOrderByIdDesc(application.getId());
	}

	/** The members of the current team, leader first. */
	public List<Member> members(Application application) {
		List<Member> result = new ArrayList<>();
		currentTeam(application).ifPresent((team) -> {
			for (AuditTeamMember member : this.members.findByTeamIdOrderById(team.getId())) {
				result.add(new Member(this.auditors.findById(member.getAuditorId()).orElseThrow(), member.getRole()));
			}
		});
		result.sort((a, b) -> Integer.compare(a.role().ordinal(), b.role().ordinal()));
		return result;
	}

	public Optional<Member> leader(Application application) {
		return members(application).stream().filter((member) -> member.role() == TeamRole.LEADER).findFirst();
	}

	/** The team, one member per line, for forms. */
	public String describe(Application application) {
		List<Member> team = members(application);
		if (team.isEmpty()) {
			return "（審査担当は未指名）";
		}
		String text = team.stream().map(Member::describe).collect(Collectors.joining("\n"));
		boolean consent = currentTeam(application).map(AuditTeam::isAssistantConsent).orElse(false);
		if (team.stream().anyMatch((member) -> member.role() == TeamRole.ASSISTANT)) {
			text += "\n審査員補の同行：申請者の同意" + (consent ? "あり" : "なし");
		}
		return text;
	}

	private List<TeamRules.Candidate> candidates(List<String> ids, String field, Rules rules) {
		List<TeamRules.Candidate> candidates = new ArrayList<>();
		for (String id : ids) {
			Optional<Auditor> auditor = parse(id).flatMap(this.auditors::findById);
			if (auditor.isEmpty()) {
				rules.refuse(field, RuleId.AUD_2, "no-auditor-record", id);
				continue;
			}
			boolean inGroups = this.identityService.createGroupQuery()
				.groupMember(auditor.get().getUserId())
				.list()
				.stream()
				.anyMatch((group) -> AUDITOR_GROUPS.contains(group.getId()));
			candidates
				.add(new TeamRules.Candidate(auditor.get(), this.agreements.findByAuditorId(auditor.get().getId()),
						this.conflicts.findByAuditorId(auditor.get().getId()), inGroups));
		}
		return candidates;
	}

	private static Optional<Long> parse(String id) {
		try {
			return Optional.of(Long.valueOf(id.trim()));
		}
		catch (NumberFormatException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
