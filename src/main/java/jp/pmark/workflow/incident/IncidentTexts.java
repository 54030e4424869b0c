package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Component;

/**
 * The Japanese texts the incident's forms show and its journal entries carry
 * (INC-1..INC-6). The letters are {@link IncidentLetters}.
 */
@Component
class IncidentTexts {

	private final IncidentReportRepository reports;

	private final IncidentFollowUpRepository followUps;

	private final Registrations registrations;

	private final Applications applications;

	IncidentTexts(IncidentReportRepository reports, IncidentFollowUpRepository followUps, Registrations registrations,
			Applications applications) {
		this.reports = reports;
		this.followUps = followUps;
		this.registrations = registrations;
		this.applications = applications;
	}

	/** The case as the forms show it. */
	String summary(Incident incident) {
		StringBuilder text = new StringBuilder();
		text.append("報告番号：").append(incident.getIncidentNumber()).append('\n');
		text.append("事業者：")
			.append(incident.getBusinessName())
			.append("（")
			.append(incident.getReporterStatus().japaneseName());
		if (incident.getRegistrationId() != null) {
			text.append("、登録番号 ").append(this.registrations.get(incident.getRegistrationId()).getRegistrationNumber());
		}
		if (incident.getApplicationId() != null) {
			text.append("、申請番号 ").append(this.applications.get(incident.getApplicationId()).getApplicationNumber());
		}
		text.append("）\n");
		text.append("事故等の種類：")
			.append(incident.getCategory().japaneseName())
			.append(incident.isSuspectedOnly() ? "（のおそれ）" : "")
			.append('\n');
		text.append("発覚日：").append(incident.getDiscoveredOn());
		if (incident.getOccurredOn() != null) {
			text.append("（発生日 ").append(incident.getOccurredOn()).append("）");
		}
		text.append('\n');
		text.append("本人の数：").append(incident.getPersonsAffected()).append("人");
		if (incident.isSpecificPersonal()) {
			text.append("（うち特定個人情報 ").append(incident.getSpecificPersons()).append("人）");
		}
		text.append('\n');
		text.append("要配慮個人情報：")
			.append(yesNo(incident.isSensitive()))
			.append("　不正の目的のおそれ：")
			.append(yesNo(incident.isMalicious()))
			.append("　財産的被害のおそれ：")
			.append(yesNo(incident.isFinancialDamage()))
			.append("　二次被害のおそれ：")
			.append(yesNo(incident.isSecondaryDamageLikely()))
			.append('\n');
		text.append("概要：").append(incident.getSummary());
		return text.toString();
	}

	/** INC-2, INC-3: the deadlines, and why. */
	static String deadlines(Incident incident) {
		StringBuilder text = new StringBuilder();
		if (incident.isPromptReportDue()) {
			text.append("速報：必要（期限 ").append(incident.getPromptDueOn()).append("）\n");
			text.append(incident.getPromptReasons()).append('\n');
		}
		else {
			text.append("速報：不要（INC-3の事由に該当しない）\n");
		}
		text.append("確報：期限 ")
			.append(incident.getFinalDueOn())
			.append("（発覚日から")
			.append(incident.getFinalReportDays())
			.append("日）");
		return text.toString();
	}

	/**
	 * The reports received so far, what managers did about late ones, the notice to
	 * JIPDEC.
	 */
	String reportsText(Incident incident) {
		StringBuilder text = new StringBuilder();
		for (IncidentReport report : this.reports.findByIncidentIdOrderById(incident.getId())) {
			text.append(report.getKind().japaneseName())
				.append(' ')
				.append(report.getReceivedOn())
				.append("（")
				.append(report.getChannel().japaneseName())
				.append(report.isLate() ? "、期限後" : "")
				.append("）：")
				.append(report.getSummary())
				.append('\n');
		}
		for (IncidentFollowUp followUp : this.followUps.findByIncidentIdOrderById(incident.getId())) {
			text.append(followUp.getKind().japaneseName())
				.append("の遅れへの対応 ")
				.append(followUp.getFollowedUpOn())
				.append("：")
				.append(followUp.getNote())
				.append('\n');
		}
		if (incident.getJipdecNotifiedAt() != null) {
			text.append("JIPDECへの一報：").append(incident.getJipdecNotice()).append('\n');
		}
		return text.toString().strip();
	}

	/** INC-2, INC-3: what reception's task awaits. */
	static String awaited(ReportKind kind, LocalDate due) {
		return kind.japaneseName() + "を " + due + " までに受け付けます。期限を過ぎると審査管理者に回ります（INC-4）。";
	}

	/** INC-4: a report missing at its deadline. */
	static String overdue(ReportKind kind, LocalDate due) {
		return "【INC-4】" + kind.japaneseName() + "の期限 " + due + " を過ぎても" + kind.japaneseName()
				+ "が届いていません。事業者に連絡し、対応を記録してください。";
	}

	/**
	 * INC-6: what the committee may choose for a business with or without a registration.
	 */
	static String measureNote(boolean hasRegistration) {
		return hasRegistration ? "一時停止・取消は登録の状態を変えます（取消は登録を終了します）。" : "この事業者には登録がないため、一時停止・取消は選べません。";
	}

	/** INC-2: the prompt report's answer when a final report stands for it. */
	static String finalStandsForPrompt(LocalDate receivedOn) {
		return "確報（" + receivedOn + " 受付）をもって速報に代える";
	}

	/** INC-1: the journal entry of a report received. */
	static String reported(Incident incident) {
		return "事故の報告 " + incident.getIncidentNumber() + "（" + incident.getCategory().japaneseName() + "）を受け付けました";
	}

	/** INC-6: the reason a measure gives the registration and the journal. */
	static String measureReason(Incident incident) {
		return "事故の報告 " + incident.getIncidentNumber() + " に対する措置（" + incident.getMeasure().japaneseName() + "、"
				+ incident.getCommitteeMeeting() + "）";
	}

	/** INC-6: a suspension ended while another incident's still runs. */
	static String otherSuspensionRuns(Incident ended, Incident running) {
		return "事故の報告 " + ended.getIncidentNumber() + " による一時停止は終わりましたが、事故の報告 " + running.getIncidentNumber()
				+ " による一時停止（" + running.getSuspensionUntil() + " まで）が続きます";
	}

	static String yesNo(boolean value) {
		return value ? "あり" : "なし";
	}

}
