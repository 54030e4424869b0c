package jp.pmark.workflow.clip;

/**
 * What a business enrols with (CLIP-1), from the API or reception's start form; a field
 * left empty is taken from the Privacy Mark case named in {@code fromApplicationNumber}.
 *
 * @param corporateNumber 法人番号; none for a sole proprietor
 * @param employees everyone who handles personal data, the owner included: 1 or more
 * @param higherInsuranceCover whether the business pays for the higher cover (CLIP-4)
 * @param outsideConsultant a consultant the business uses anyway, if any (CLIP-2)
 */
public record ClipEnrolment(ClipPlan plan, String name, String corporateNumber, String representativeName,
		String postalCode, String address, String contactName, String contactEmail, String contactPhone,
		Integer employees, boolean higherInsuranceCover, String outsideConsultant, String fromApplicationNumber) {
}
