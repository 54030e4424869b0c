package jp.pmark.workflow.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.FileTypes;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

/**
 * What a change report may carry and how reception may decide on it (CHG-1..CHG-7, GEN-2,
 * INT-2): plain rules, no engine, no database. {@link ChangeReports} finds whom a report
 * is about and asks them; the task forms ask them of a submission.
 */
final class ChangeReportRules {

	private ChangeReportRules() {
	}

	/**
	 * GEN-2 CHG-1 CHG-5 INT-2: what a report must carry whoever it is about: how it
	 * arrived, its date (not in the future), at least one kind of change, no individual
	 * number, a valid e-mail address and postal codes, files of a type accepted.
	 */
	static void checkRequest(ChangeRequest request, LocalDate today, Rules rules) {
		rules.require(request.channel() != null, "channel", RuleId.GEN_2, "choose-how-report-arrived");
		rules.require(request.reportedOn() != null, "reportedOn", RuleId.GEN_2, "enter-date-report");
		if (request.reportedOn() != null) {
			rules.require(!request.reportedOn().isAfter(today), "reportedOn", RuleId.GEN_2,
					"report-date-cannot-future");
		}
		rules.require(!request.kinds().isEmpty(), "kinds", RuleId.CHG_1, "choose-least-one-kind-change");
		checkTexts(request, rules);
		for (ChangeRequest.UploadedFile file : request.files()) {
			rules.add(FileTypes.check(file.field(), file.fileName(), file.content()));
		}
	}

	private static void checkTexts(ChangeRequest request, Rules rules) {
		request.values()
			.forEach((field, value) -> rules
				.add(IndividualNumbers.check(ChangeRequest.FIELD_KEYS.getOrDefault(field, field.name()), value)));
		rules.add(IndividualNumbers.check("note", request.note()));
		String email = request.values().get(ApplicantField.CONTACT_EMAIL);
		if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			rules.refuse("newContactEmail", RuleId.GEN_2, "e-mail-address-not-valid");
		}
		for (ApplicantField field : List.of(ApplicantField.POSTAL_CODE, ApplicantField.CONTACT_POSTAL_CODE)) {
			String code = request.values().get(field);
			if (code != null && !code.isBlank() && !code.trim().matches("[0-9０-９]{3}[-－ー]?[0-9０-９]{4}")) {
				rules.refuse(ChangeRequest.FIELD_KEYS.get(field), RuleId.GEN_2, "postal-code-digits-short");
			}
		}
	}

	/**
	 * CHG-1: every kind reported carries its new values (a contact change at least one).
	 */
	static void checkReportedValues(ChangeRequest request, Rules rules) {
		Map<ApplicantField, String> reported = request.reportedValues();
		for (ChangeKind kind : request.kinds()) {
			for (ApplicantField field : kind.required()) {
				rules.require(reported.containsKey(field), ChangeRequest.FIELD_KEYS.get(field), RuleId.CHG_1,
						"enter-new", field.japaneseName(), field.name().toLowerCase(Locale.ROOT));
			}
			if (kind == ChangeKind.CONTACT) {
				rules.require(kind.fields().stream().anyMatch(reported::containsKey), "newContactName", RuleId.CHG_1,
						"enter-least-one-new-contact");
			}
		}
	}

	/**
	 * CHG-2 CHG-6: a name or head-office change carries the business's corporate number
	 * (the one on record, when there is one); a business without one attaches a public
	 * document instead.
	 * @param onRecord the corporate number on the business's record, or null
	 * @param applicantName the business's name, for the message
	 */
	static void checkCorporateNumberOrProof(ChangeRequest request, String onRecord, String applicantName, Rules rules) {
		if (request.kinds().stream().noneMatch(ChangeKind::needsCorporateNumber)) {
			return;
		}
		String given = request.corporateNumber();
		if (given != null && !given.isBlank()) {
			int before = rules.violations().size();
			rules.add(CorporateNumbers.check("corporateNumber", given));
			if (rules.violations().size() == before && onRecord != null) {
				rules.require(onRecord.equals(CorporateNumbers.normalize(given)), "corporateNumber", RuleId.CHG_2,
						"corporate-number-not-business", applicantName, onRecord);
			}
			return;
		}
		if (onRecord != null) {
			rules.refuse("corporateNumber", RuleId.CHG_2, "corporate-number-needed");
			return;
		}
		rules.require(request.proofType() != null && request.carries(ChangeDocumentType.PROOF), "proof", RuleId.CHG_2,
				"business-without-corporate-number");
	}

	/**
	 * CHG-3: a representative changes only while an assessment runs, and with the page of
	 * the registry that shows the new one.
	 */
	static void checkRepresentative(ChangeRequest request, boolean underAssessment, String applicantName, Rules rules) {
		if (!request.kinds().contains(ChangeKind.REPRESENTATIVE)) {
			return;
		}
		rules.require(underAssessment, "kinds", RuleId.CHG_3, "representative-change-reported-only", applicantName);
		rules.require(request.carries(ChangeDocumentType.REGISTRY_PAGE), "registryPage", RuleId.CHG_3,
				"representative-change-needs-registry");
	}

	/** CHG-4: a name or head-office change of a business with a corporate number. */
	static boolean needsPublicationCheck(Set<ChangeKind> kinds, String corporateNumberOnRecord) {
		return corporateNumberOnRecord != null && kinds.stream().anyMatch(ChangeKind::needsCorporateNumber);
	}

	/**
	 * CHG-4 CHG-7: reception's decision on a report: an outcome; applying a change that
	 * needs the publication check only once the old details were confirmed or the closed
	 * certificate came; the certificate asked only for a name or head-office change; a
	 * reason to the business whenever it is asked or sent back.
	 * @param publicationCheck whether the change needs the publication check
	 * @param certificateOnFile whether the closed registry certificate came
	 */
	static void checkVerification(VerifyChangeReportForm.Input input, Set<ChangeKind> kinds, boolean publicationCheck,
			boolean certificateOnFile, Rules rules) {
		ChangeReportVerification.Outcome outcome = input.verificationOutcome();
		if (outcome == null) {
			rules.refuse("verificationOutcome", RuleId.CHG_7, "choose-outcome");
			return;
		}
		rules.add(IndividualNumbers.check("verificationReason", input.verificationReason()));
		switch (outcome) {
			case APPLY -> rules.require(!publicationCheck || input.oldDetailsConfirmed() || certificateOnFile,
					"oldDetailsConfirmed", RuleId.CHG_4, "confirm-old-details-corporate-number");
			case REQUEST_CLOSED_CERTIFICATE -> {
				rules.require(kinds.stream().anyMatch(ChangeKind::needsCorporateNumber), "verificationOutcome",
						RuleId.CHG_4, "closed-registry-certificate-asked");
				rules.require((input.verificationReason() != null), "verificationReason", RuleId.CHG_4,
						"enter-why-sent-business");
			}
			case RETURN -> rules.require((input.verificationReason() != null), "verificationReason", RuleId.CHG_7,
					"enter-why-report-sent-back");
		}
	}

	/**
	 * CHG-4: the closed certificate arrived (on a day not after today), or it did not and
	 * the report goes back with a reason.
	 */
	static void checkCertificate(ClosedCertificateForm.Input input, LocalDate today, Rules rules) {
		ClosedCertificateForm.CertificateOutcome outcome = input.certificateOutcome();
		rules.require(outcome != null, "certificateOutcome", RuleId.CHG_4, "choose-whether-certificate-arrived");
		rules.add(IndividualNumbers.check("certificateNote", input.certificateNote()));
		if (outcome == ClosedCertificateForm.CertificateOutcome.RECEIVED) {
			LocalDate receivedOn = input.certificateReceivedOn();
			rules.require(receivedOn != null && !receivedOn.isAfter(today), "certificateReceivedOn", RuleId.CHG_4,
					"enter-day-arrived-today-latest");
		}
		if (outcome == ClosedCertificateForm.CertificateOutcome.NOT_SUBMITTED) {
			rules.require((input.certificateNote() != null), "certificateNote", RuleId.CHG_4,
					"enter-why-report-sent-back");
		}
	}

}
