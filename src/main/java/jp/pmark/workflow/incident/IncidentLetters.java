package jp.pmark.workflow.incident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.letter.Addressee;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.letter.Recipients;

import org.springframework.stereotype.Component;

/** The letters of an incident and their texts (INC-5, INC-6). */
@Component
class IncidentLetters {

	private final ApplicantService applicants;

	private final Letters letters;

	IncidentLetters(ApplicantService applicants, Letters letters) {
		this.applicants = applicants;
		this.letters = letters;
	}

	/** INC-6: the committee's measure, to the business. */
	void measure(Incident incident, String by) {
		Map<String, Object> contents = header(incident);
		contents.put("欠格レベル", incident.getLevelText());
		contents.put("措置", incident.getMeasure().japaneseName());
		if (incident.getMeasure() == IncidentMeasure.SUSPENSION) {
			contents.put("一時停止期間", incident.getSuspensionFrom() + "〜" + incident.getSuspensionUntil() + "（"
					+ incident.getSuspensionMonths() + "か月）。この期間はプライバシーマークを使用できません。");
		}
		if (incident.getMeasure() == IncidentMeasure.REVOCATION) {
			contents.put("登録", "プライバシーマーク付与の登録を取り消します。プライバシーマークの使用を中止してください。");
		}
		contents.put("理由", incident.getDecisionReason());
		contents.put("本文", "事故の報告は制裁を目的とするものではなく、適正な改善策の実施と再発防止の徹底により個人情報保護体制を強化していただくためのものです。");
		this.letters.record(incident.getApplicationId(), incident.getIncidentNumber(), "INCIDENT_MEASURE",
				"個人情報の取扱いに関する事故の報告に対する措置について", recipient(incident), contents, by);
	}

	/** INC-5: the notice to JIPDEC of likely secondary damage, as a letter on record. */
	void secondaryDamage(Incident incident, LocalDate on, String method, String contact, String notice, String by) {
		Map<String, Object> contents = header(incident);
		contents.put("一報の日", on.toString());
		contents.put("方法", method);
		contents.put("JIPDECの担当", contact);
		contents.put("二次被害のおそれ", notice);
		this.letters.record(incident.getApplicationId(), incident.getIncidentNumber(), "INCIDENT_SECONDARY_DAMAGE",
				"個人情報の漏えい等による二次被害のおそれについて（一報）", Recipients.JIPDEC, contents, by);
	}

	private static Map<String, Object> header(Incident incident) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("報告番号", incident.getIncidentNumber());
		contents.put("事業者名", incident.getBusinessName());
		contents.put("事故等の種類", incident.getCategory().japaneseName());
		contents.put("発覚日", incident.getDiscoveredOn().toString());
		return contents;
	}

	private Addressee recipient(Incident incident) {
		return (incident.getApplicantId() != null) ? this.applicants.get(incident.getApplicantId()).recipient()
				: Addressee.of(incident.getBusinessName() + " 御中", null);
	}

}
