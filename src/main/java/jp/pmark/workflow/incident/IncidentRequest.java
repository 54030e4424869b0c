package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Channel;

/**
 * An incident report as it arrives, forwarded by the granting body's portal through the
 * API or entered by staff (INC-1, INC-7).
 *
 * @param reporterStatus whether the business holds the mark, is under assessment or
 * considers applying
 * @param registrationNumber a holder's registration, e.g. 10823456(05) or 10823456
 * @param applicationNumber a business under assessment: its application
 * @param businessName the business's name (required for one considering applying)
 * @param corporateNumber its corporate number, or null
 * @param discoveredOn the day the incident was discovered (発覚日): deadlines run from it
 * @param occurredOn the day it happened, when known
 * @param category what kind of incident (INC-7)
 * @param suspectedOnly only the risk of one (事故等が発生したおそれ)
 * @param personsAffected the number of persons whose personal data is involved
 * @param sensitive sensitive personal information (要配慮個人情報) is involved
 * @param specificPersonal specific personal information (マイナンバー) is involved
 * @param specificPersons the number of persons whose specific personal information is
 * involved
 * @param networkSystem it happened in the information-provision network system etc.
 * @param viewedByUnspecified specific personal information was viewed by an unspecified
 * number of people
 * @param malicious it may have been done with malicious intent
 * @param financialDamage misuse may cause financial damage
 * @param seriousViolation the granting body judged it another serious violation
 * @param secondaryDamageLikely secondary damage is likely (INC-5)
 * @param summary what happened, the cause and the measures taken so far
 * @param reportKind whether this first report is a notice (by phone or mail, the reports
 * still to come), the prompt or the final one
 * @param reportedOn the day the report was made
 * @param channel how it arrived
 */
public record IncidentRequest(ReporterStatus reporterStatus, String registrationNumber, String applicationNumber,
		String businessName, String corporateNumber, LocalDate discoveredOn, LocalDate occurredOn,
		IncidentCategory category, boolean suspectedOnly, Integer personsAffected, boolean sensitive,
		boolean specificPersonal, Integer specificPersons, boolean networkSystem, boolean viewedByUnspecified,
		boolean malicious, boolean financialDamage, boolean seriousViolation, boolean secondaryDamageLikely,
		String summary, ReportKind reportKind, LocalDate reportedOn, Channel channel) {
}
