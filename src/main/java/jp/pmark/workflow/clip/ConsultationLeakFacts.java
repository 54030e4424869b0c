package jp.pmark.workflow.clip;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.pmark.workflow.incident.IncidentCategory;

/**
 * CLIP-4, INC-1..INC-3, INC-7: the facts of a leak the advisor took as an incident
 * report, as the incident report needs them; kept on the consultation (the report itself
 * is the incident's).
 *
 * @param consideringApplication the business told the advisor it considers applying for
 * the Privacy Mark (申請検討中事業者, INC-1)
 */
@Embeddable
public record ConsultationLeakFacts(@Column(name = "leak_discovered_on") LocalDate discoveredOn,
		@Column(name = "leak_occurred_on") LocalDate occurredOn,
		@Enumerated(EnumType.STRING) @Column(name = "leak_category", length = 30) IncidentCategory category,
		@Column(name = "leak_suspected_only") Boolean suspectedOnly,
		@Column(name = "leak_persons_affected") Integer personsAffected,
		@Column(name = "leak_sensitive") Boolean sensitive,
		@Column(name = "leak_financial_damage") Boolean financialDamage,
		@Column(name = "leak_malicious") Boolean malicious,
		@Column(name = "leak_specific_personal") Boolean specificPersonal,
		@Column(name = "leak_specific_persons") Integer specificPersons,
		@Column(name = "leak_network_system") Boolean networkSystem,
		@Column(name = "leak_viewed_by_unspecified") Boolean viewedByUnspecified,
		@Column(name = "leak_secondary_damage") Boolean secondaryDamageLikely,
		@Column(name = "leak_considering_application") Boolean consideringApplication,
		@Column(name = "leak_summary", length = 2000) String summary) {

	static boolean yes(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

}
