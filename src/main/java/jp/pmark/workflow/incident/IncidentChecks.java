package jp.pmark.workflow.incident;

import java.util.Optional;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationStatus;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Component;

/**
 * Checks a report (INC-1, INC-7, CHG-5): finds whom it is about (a registration, an
 * application or a business by name and corporate number) and leaves its facts to
 * {@link ReportRules}.
 */
@Component
class IncidentChecks {

	/** Whom an incident is about, as found from the report. */
	record Subject(Applicant applicant, Registration registration, Application application, String name,
			String corporateNumber) {

		Long applicantId() {
			return (this.applicant != null) ? this.applicant.getId() : null;
		}

		Long registrationId() {
			return (this.registration != null) ? this.registration.getId() : null;
		}

		Long applicationId() {
			return (this.application != null) ? this.application.getId() : null;
		}

	}

	private final ApplicantService applicants;

	private final Applications applications;

	private final Registrations registrations;

	private final JapaneseBusinessCalendar calendar;

	IncidentChecks(ApplicantService applicants, Applications applications, Registrations registrations,
			JapaneseBusinessCalendar calendar) {
		this.applicants = applicants;
		this.applications = applications;
		this.registrations = registrations;
		this.calendar = calendar;
	}

	/**
	 * Who reports and its registration or application, then the facts; returns whom the
	 * report is about when nothing was refused.
	 */
	Optional<Subject> check(IncidentRequest request, Rules rules) {
		Subject subject = null;
		if (request.reporterStatus() == null) {
			rules.refuse("reporterStatus", RuleId.INC_1, "choose-whether-business-holds-mark");
		}
		else {
			subject = subject(request, rules);
		}
		ReportRules.checkFacts(request, this.calendar.today(), rules);
		return rules.isEmpty() ? Optional.ofNullable(subject) : Optional.empty();
	}

	private Subject subject(IncidentRequest request, Rules rules) {
		switch (request.reporterStatus()) {
			case HOLDER -> {
				Optional<Registration> registration = ReportRules.blank(request.registrationNumber()) ? Optional.empty()
						: this.registrations.find(request.registrationNumber().trim());
				if (registration.isEmpty()) {
					rules.refuse("registrationNumber", RuleId.INC_1, "holder-report-needs-registration");
					return null;
				}
				RegistrationStatus status = registration.get().getStatus();
				rules.require(ReportRules.actsOn(status), "registrationNumber", RuleId.INC_1,
						"registration-no-longer-force", registration.get().getRegistrationNumber(),
						status.japaneseName());
				Applicant applicant = this.applicants.get(registration.get().getApplicantId());
				return new Subject(applicant, registration.get(), null, applicant.getName(),
						applicant.getCorporateNumber());
			}
			case UNDER_ASSESSMENT -> {
				Optional<Application> application = ReportRules.blank(request.applicationNumber()) ? Optional.empty()
						: this.applications.find(request.applicationNumber().trim());
				if (application.isEmpty()) {
					rules.refuse("applicationNumber", RuleId.INC_1, "report-under-assessment-needs");
					return null;
				}
				rules.require(!application.get().getStatus().isConcluded(), "applicationNumber", RuleId.INC_1,
						"assessment-ended", application.get().getApplicationNumber());
				Applicant applicant = application.get().getApplicant();
				return new Subject(applicant, null, application.get(), applicant.getName(),
						applicant.getCorporateNumber());
			}
			default -> {
				rules.require(!ReportRules.blank(request.businessName()), "businessName", RuleId.INC_1,
						"enter-business-name");
				String corporateNumber = null;
				if (!ReportRules.blank(request.corporateNumber())) {
					Optional<RuleViolation> wrong = CorporateNumbers.check("corporateNumber",
							request.corporateNumber());
					rules.add(wrong);
					if (wrong.isEmpty()) {
						corporateNumber = CorporateNumbers.normalize(request.corporateNumber());
					}
				}
				Applicant known = (corporateNumber == null) ? null
						: this.applicants.byCorporateNumber(corporateNumber).orElse(null);
				return new Subject(known, null, null,
						ReportRules.blank(request.businessName()) ? null : request.businessName().trim(),
						corporateNumber);
			}
		}
	}

}
