package jp.pmark.workflow.applicant;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StoredTexts;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.PostalCodes;
import jp.pmark.workflow.guard.RuleId;

/**
 * What an application says about the business: its names, numbers, contact and size.
 *
 * @param name the business name as written (INT-11 degrades it)
 * @param nameKana its reading in katakana
 * @param corporateNumber 法人番号, 13 digits, or null for a business without one
 * @param postalCode head office postal code
 * @param address head office address
 * @param representativeTitle the representative's title, e.g. 代表取締役
 * @param representativeName the representative's name as written (INT-11 degrades it)
 * @param contactName the application contact person (申請担当者)
 * @param contactDepartment their department
 * @param contactPostalCode where letters go: postal code
 * @param contactAddress where letters go: address
 * @param contactPhone phone
 * @param contactEmail e-mail
 * @param industry the main industry by sales (FEE-7)
 * @param capitalYen capital in yen, or null for a business without capital
 * @param headcount people, officers and dispatched staff included (FEE-7)
 * @param fullTimeStaff full-time employees with social insurance and registered officers
 * (INT-14)
 */
public record ApplicantData(String name, String nameKana, String corporateNumber, String postalCode, String address,
		String representativeTitle, String representativeName, String contactName, String contactDepartment,
		String contactPostalCode, String contactAddress, String contactPhone, String contactEmail, Industry industry,
		Long capitalYen, Integer headcount, Integer fullTimeStaff) {

	/** Postal codes as written (〒, full-width) are kept as {@code 123-4567}. */
	public ApplicantData {
		postalCode = PostalCodes.normalize(postalCode);
		contactPostalCode = PostalCodes.normalize(contactPostalCode);
	}

	/** The text fields by name, for the checks that apply to every text (CHG-5). */
	public Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("name", this.name);
		texts.put("nameKana", this.nameKana);
		texts.put("postalCode", this.postalCode);
		texts.put("address", this.address);
		texts.put("representativeTitle", this.representativeTitle);
		texts.put("representativeName", this.representativeName);
		texts.put("contactName", this.contactName);
		texts.put("contactDepartment", this.contactDepartment);
		texts.put("contactPostalCode", this.contactPostalCode);
		texts.put("contactAddress", this.contactAddress);
		texts.put("contactPhone", this.contactPhone);
		texts.put("contactEmail", this.contactEmail);
		return texts;
	}

	/**
	 * Adds a refusal for every broken rule: required fields, the corporate number (CHG-6,
	 * and CHG-5 for 12 digits), no individual number in any text (CHG-5), sensible
	 * numbers.
	 * @param prefix put before each field name, e.g. {@code applicant.}
	 */
	public void check(Rules rules, String prefix, StoredTexts stored) {
		required(rules, prefix + "name", this.name, "事業者名");
		required(rules, prefix + "address", this.address, "本店所在地");
		required(rules, prefix + "representativeName", this.representativeName, "代表者氏名");
		required(rules, prefix + "contactName", this.contactName, "申請担当者氏名");
		required(rules, prefix + "contactAddress", this.contactAddress, "申請担当者の所在地（送付先）");
		rules.require(this.industry != null, prefix + "industry", RuleId.FEE_7, "choose-main-industry");
		rules.require(this.headcount != null && this.headcount >= 1, prefix + "headcount", RuleId.FEE_7,
				"enter-headcount-officers-dispatched");
		rules.require(this.fullTimeStaff != null && this.fullTimeStaff >= 0, prefix + "fullTimeStaff", RuleId.INT_14,
				"enter-number-full-time-employees");
		rules.require(this.capitalYen == null || this.capitalYen >= 0, prefix + "capitalYen", RuleId.FEE_7,
				"capital-must-0-more-yen");
		rules.add(CorporateNumbers.check(prefix + "corporateNumber", this.corporateNumber));
		this.texts().forEach((field, text) -> {
			rules.add(IndividualNumbers.check(prefix + field, text));
			stored.check(rules, prefix + field, text, Applicant.class, field);
		});
		rules.add(PostalCodes.check(prefix + "postalCode", this.postalCode));
		rules.add(PostalCodes.check(prefix + "contactPostalCode", this.contactPostalCode));
		if (this.contactEmail != null && !this.contactEmail.isBlank()
				&& !this.contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			rules.refuse(prefix + "contactEmail", RuleId.GEN_2, "e-mail-address-not-valid");
		}
	}

	private static void required(Rules rules, String field, String value, String label) {
		rules.require(value != null && !value.isBlank(), field, RuleId.GEN_2, "enter-field", label, field);
	}

}
