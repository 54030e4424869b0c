package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.Channel;

/**
 * A new application as it arrives, on paper or online.
 *
 * @param applicant what it says about the business
 * @param kind new or renewal
 * @param channel how it arrived (INT-1)
 * @param appliedOn the application date on the form
 * @param assessmentRequested INT-6 a)
 * @param consentGiven INT-6 b)
 * @param registryCertificateIssuedOn the issue date of the registry certificate (INT-3
 * 10)
 * @param paperDocuments the documents received on paper
 * @param files the files uploaded online
 * @param renewalOf for a renewal, the registration number it renews (REN-4), e.g.
 * 10823456(05) or 10823456
 * @param changesSinceLastContract for a renewal, whether the registry certificate,
 * articles or officers changed since the last contract (INT-7)
 */
public record NewApplication(ApplicantData applicant, ApplicationKind kind, Channel channel, LocalDate appliedOn,
		boolean assessmentRequested, boolean consentGiven, LocalDate registryCertificateIssuedOn,
		Set<DocumentType> paperDocuments, List<UploadedFile> files, String renewalOf,
		boolean changesSinceLastContract) {

	/** A new application (not a renewal). */
	public NewApplication(ApplicantData applicant, ApplicationKind kind, Channel channel, LocalDate appliedOn,
			boolean assessmentRequested, boolean consentGiven, LocalDate registryCertificateIssuedOn,
			Set<DocumentType> paperDocuments, List<UploadedFile> files) {
		this(applicant, kind, channel, appliedOn, assessmentRequested, consentGiven, registryCertificateIssuedOn,
				paperDocuments, files, null, false);
	}

	/** INT-7, REN-4: the documents this application must carry. */
	public DocumentList documentList() {
		boolean hasCorporateNumber = this.applicant.corporateNumber() != null
				&& !this.applicant.corporateNumber().isBlank();
		return DocumentList.of(this.kind, hasCorporateNumber, this.changesSinceLastContract);
	}

	/**
	 * An uploaded file: the request field it came in, its document type, name and bytes.
	 */
	public record UploadedFile(String field, DocumentType type, String fileName, byte[] content) {
	}

}
