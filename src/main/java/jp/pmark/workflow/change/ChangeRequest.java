package jp.pmark.workflow.change;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.assessment.Channel;

/**
 * A change report as it arrives, by the API or from reception's start form.
 *
 * @param registrationNumber the business's registration, e.g. 10823456(05) or 10823456
 * @param applicationNumber or its application under assessment, e.g. PM2026-0001
 * @param corporateNumber the business's corporate number (CHG-2), or null
 * @param reportedOn the date of the report
 * @param effectiveOn the day the change took effect, or null
 * @param kinds what changed (CHG-1)
 * @param values the new values by field of the applicant's record
 * @param proofType for a business without a corporate number, the public document
 * attached (CHG-2)
 * @param paperDocuments the documents that came on paper
 * @param files the files that came online
 * @param note the business's remarks
 * @param channel how it arrived
 */
public record ChangeRequest(String registrationNumber, String applicationNumber, String corporateNumber,
		LocalDate reportedOn, LocalDate effectiveOn, Set<ChangeKind> kinds, Map<ApplicantField, String> values,
		ProofType proofType, Set<ChangeDocumentType> paperDocuments, List<UploadedFile> files, String note,
		Channel channel) {

	/** The request field of each reported value, on the form and the API alike. */
	static final Map<ApplicantField, String> FIELD_KEYS = fieldKeys();

	/** A file that came with the report, under its document type. */
	public record UploadedFile(String field, ChangeDocumentType type, String fileName, byte[] content) {
	}

	/** Whether a document of the type came, on paper or as a file. */
	public boolean carries(ChangeDocumentType type) {
		return this.paperDocuments.contains(type) || this.files.stream().anyMatch((file) -> file.type() == type);
	}

	/** The given (non-blank) values of the reported kinds' fields. */
	public Map<ApplicantField, String> reportedValues() {
		Map<ApplicantField, String> reported = new EnumMap<>(ApplicantField.class);
		for (ChangeKind kind : this.kinds) {
			for (ApplicantField field : kind.fields()) {
				String value = this.values.get(field);
				if (value != null && !value.isBlank()) {
					reported.put(field, value.trim());
				}
			}
		}
		return reported;
	}

	private static Map<ApplicantField, String> fieldKeys() {
		Map<ApplicantField, String> keys = new EnumMap<>(ApplicantField.class);
		keys.put(ApplicantField.NAME, "newName");
		keys.put(ApplicantField.POSTAL_CODE, "newPostalCode");
		keys.put(ApplicantField.ADDRESS, "newAddress");
		keys.put(ApplicantField.REPRESENTATIVE_TITLE, "newRepresentativeTitle");
		keys.put(ApplicantField.REPRESENTATIVE_NAME, "newRepresentativeName");
		keys.put(ApplicantField.CONTACT_NAME, "newContactName");
		keys.put(ApplicantField.CONTACT_DEPARTMENT, "newContactDepartment");
		keys.put(ApplicantField.CONTACT_POSTAL_CODE, "newContactPostalCode");
		keys.put(ApplicantField.CONTACT_ADDRESS, "newContactAddress");
		keys.put(ApplicantField.CONTACT_PHONE, "newContactPhone");
		keys.put(ApplicantField.CONTACT_FAX, "newContactFax");
		keys.put(ApplicantField.CONTACT_EMAIL, "newContactEmail");
		keys.put(ApplicantField.PROTECTION_MANAGER_TITLE, "newProtectionManagerTitle");
		keys.put(ApplicantField.PROTECTION_MANAGER_NAME, "newProtectionManagerName");
		return Map.copyOf(keys);
	}

}
