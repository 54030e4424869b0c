package jp.pmark.workflow.change;

import java.util.Optional;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Component;

/** Finds whom a change report is about (CHG-1), from the numbers it gives. */
@Component
class ChangeReportTargets {

	private final ApplicantService applicants;

	private final Applications applications;

	private final Registrations registrations;

	ChangeReportTargets(ApplicantService applicants, Applications applications, Registrations registrations) {
		this.applicants = applicants;
		this.applications = applications;
		this.registrations = registrations;
	}

	/**
	 * CHG-1: the business a report is about, by its registration or its application
	 * number, with its running assessment and its valid registration; a refusal when
	 * there is none, or the business is neither under assessment nor registered.
	 */
	Optional<ChangeReports.Target> find(ChangeRequest request, Rules rules) {
		Registration registration = null;
		Applicant applicant;
		String registrationNumber = blankToNull(request.registrationNumber());
		String applicationNumber = blankToNull(request.applicationNumber());
		if (registrationNumber != null) {
			Optional<Registration> found = this.registrations.find(registrationNumber);
			if (found.isEmpty()) {
				rules.refuse("registrationNumber", RuleId.CHG_1, "no-registration", registrationNumber);
				return Optional.empty();
			}
			registration = found.get();
			applicant = this.applicants.get(registration.getApplicantId());
		}
		else if (applicationNumber != null) {
			Optional<Application> found = this.applications.find(applicationNumber);
			if (found.isEmpty()) {
				rules.refuse("applicationNumber", RuleId.CHG_1, "no-application", applicationNumber);
				return Optional.empty();
			}
			applicant = found.get().getApplicant();
		}
		else {
			rules.refuse("registrationNumber", RuleId.CHG_1, "give-registration-number-application");
			return Optional.empty();
		}
		Application underAssessment = this.applications.underAssessment(applicant.getId()).orElse(null);
		if (registration == null || !registration.getStatus().isValid()) {
			registration = this.registrations.ofApplicant(applicant.getId())
				.stream()
				.filter((candidate) -> candidate.getStatus().isValid())
				.findFirst()
				.orElse(null);
		}
		if (underAssessment == null && registration == null) {
			rules.refuse((registrationNumber != null) ? "registrationNumber" : "applicationNumber", RuleId.CHG_1,
					"business-neither-under-assessment", applicant.getName());
			return Optional.empty();
		}
		return Optional.of(new ChangeReports.Target(applicant, underAssessment, registration));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
