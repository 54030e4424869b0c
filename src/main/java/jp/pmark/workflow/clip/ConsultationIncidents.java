package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.Optional;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.incident.Incident;
import jp.pmark.workflow.incident.IncidentRequest;
import jp.pmark.workflow.incident.Incidents;
import jp.pmark.workflow.incident.ReportKind;
import jp.pmark.workflow.incident.ReporterStatus;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationStatus;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Component;

/**
 * CLIP-4, INC-1: when a leak consultation becomes an incident report. The Privacy Mark's
 * rules call for a report from a business that holds the mark, is under assessment, or
 * considers applying (INC-1), for any incident of INC-7. A CLIP business is one of them
 * when the Privacy Mark knows it as the same business: its corporate number (or the
 * Privacy Mark case it enrolled from) leads to a registration in force (付与事業者) or an
 * application under assessment (審査中事業者); or it told the advisor it considers applying
 * (申請検討中事業者). Otherwise no report is called for and the consultation ends with the
 * advisor's advice. The facts must pass the incident's own checks (INC-1..INC-3, INC-7);
 * the report is a first notice (第一報), the prompt and final reports following in the
 * incident's own process.
 */
@Component
class ConsultationIncidents {

	/**
	 * Where the business stands with the Privacy Mark.
	 *
	 * @param status a holder or a business under assessment
	 * @param number its registration or application number
	 */
	record Tie(ReporterStatus status, String number) {

		String text() {
			return status.japaneseName() + "（" + ((status == ReporterStatus.HOLDER) ? "登録番号 " : "申請番号 ") + this.number
					+ "）";
		}

	}

	private final ApplicantService applicants;

	private final Applications applications;

	private final Registrations registrations;

	private final Incidents incidents;

	ConsultationIncidents(ApplicantService applicants, Applications applications, Registrations registrations,
			Incidents incidents) {
		this.applicants = applicants;
		this.applications = applications;
		this.registrations = registrations;
		this.incidents = incidents;
	}

	/** INC-1: the business as the Privacy Mark knows it, if it does. */
	Optional<Tie> tie(ClipBusiness business) {
		Applicant applicant = (business.getCorporateNumber() == null) ? null
				: this.applicants.byCorporateNumber(business.getCorporateNumber()).orElse(null);
		if (applicant == null && business.getFromApplicationNumber() != null) {
			applicant = this.applications.find(business.getFromApplicationNumber())
				.map(Application::getApplicant)
				.orElse(null);
		}
		if (applicant == null) {
			return Optional.empty();
		}
		Optional<Registration> registration = this.registrations.ofApplicant(applicant.getId())
			.stream()
			.filter((held) -> held.getStatus().isValid() || held.getStatus() == RegistrationStatus.SUSPENDED)
			.findFirst();
		if (registration.isPresent()) {
			return Optional.of(new Tie(ReporterStatus.HOLDER, registration.get().getRegistrationNumber()));
		}
		return this.applications.underAssessment(applicant.getId())
			.map((application) -> new Tie(ReporterStatus.UNDER_ASSESSMENT, application.getApplicationNumber()));
	}

	/** Whether the Privacy Mark's rules call for a report from the business (INC-1). */
	boolean calledFor(ClipBusiness business, boolean consideringApplication) {
		return consideringApplication || tie(business).isPresent();
	}

	/**
	 * INC-1..INC-3, INC-7: the incident's own checks of the facts, under the advisor's
	 * form's field names (the incident's {@code summary} is the form's
	 * {@code incidentSummary}; whom it is about the form does not ask).
	 */
	void check(ClipConsultation consultation, ClipBusiness business, ConsultationLeakFacts facts, LocalDate today,
			Rules rules) {
		Rules checked = new Rules();
		this.incidents.checkReport(request(consultation, business, facts, today), checked);
		for (RuleViolation violation : checked.violations()) {
			String field = switch (violation.field()) {
				case "summary" -> "incidentSummary";
				case "discoveredOn", "occurredOn", "category", "personsAffected", "specificPersons",
						"specificPersonal" ->
					violation.field();
				default -> "outcome";
			};
			rules.addAll(java.util.List.of(violation.forField(field)));
		}
	}

	/** Records the report and starts its process; its incident. */
	Incident report(ClipConsultation consultation, ClipBusiness business, LocalDate today, String by) {
		return this.incidents.receive(request(consultation, business, consultation.getLeakFacts(), today), by).value();
	}

	private IncidentRequest request(ClipConsultation consultation, ClipBusiness business, ConsultationLeakFacts facts,
			LocalDate today) {
		Tie tie = tie(business).orElse(null);
		ReporterStatus status = (tie != null) ? tie.status() : ReporterStatus.CONSIDERING;
		Channel channel = switch (consultation.getChannel()) {
			case EMAIL, ONLINE -> Channel.ONLINE;
			case PHONE, MAIL -> Channel.MAIL;
		};
		return new IncidentRequest(status, (status == ReporterStatus.HOLDER) ? tie.number() : null,
				(status == ReporterStatus.UNDER_ASSESSMENT) ? tie.number() : null, business.getName(),
				business.getCorporateNumber(), facts.discoveredOn(), facts.occurredOn(), facts.category(),
				ConsultationLeakFacts.yes(facts.suspectedOnly()), facts.personsAffected(),
				ConsultationLeakFacts.yes(facts.sensitive()), ConsultationLeakFacts.yes(facts.specificPersonal()),
				facts.specificPersons(), ConsultationLeakFacts.yes(facts.networkSystem()),
				ConsultationLeakFacts.yes(facts.viewedByUnspecified()), ConsultationLeakFacts.yes(facts.malicious()),
				ConsultationLeakFacts.yes(facts.financialDamage()), false,
				ConsultationLeakFacts.yes(facts.secondaryDamageLikely()), facts.summary(), ReportKind.NOTICE, today,
				channel);
	}

}
