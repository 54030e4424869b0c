package jp.pmark.workflow.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.assessment.Channel;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A change report through the API (as the applicant portal forwards it): the report's
 * data, and its documents under their fields. Over 300 lines for a reason: it is the bean
 * Spring binds the multipart request to, so each of its two dozen request fields needs a
 * getter and a setter (and the OpenAPI schema reads them); what it does is
 * {@link #toRequest}, the rest is binding.
 */
@Schema(description = "変更報告（CHG-1〜CHG-6）。個人番号（マイナンバー）は記入しないでください。")
public class ChangeReportUpload {

	@Schema(description = "登録番号（登録中の事業者）", example = "10823456(05)")
	private String registrationNumber;

	@Schema(description = "申請番号（審査中の事業者）", example = "PM2026-0001")
	private String applicationNumber;

	@Schema(description = "法人番号（事業者名・本店所在地の変更に必須、CHG-2）", example = "7000012050002")
	private String corporateNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveOn;

	@Schema(description = "変更事項: NAME, HEAD_OFFICE, REPRESENTATIVE, CONTACT, PROTECTION_MANAGER")
	private List<ChangeKind> kinds = new ArrayList<>();

	private String newName;

	private String newPostalCode;

	private String newAddress;

	private String newRepresentativeTitle;

	private String newRepresentativeName;

	private String newContactName;

	private String newContactDepartment;

	private String newContactPostalCode;

	private String newContactAddress;

	private String newContactPhone;

	private String newContactFax;

	private String newContactEmail;

	private String newProtectionManagerTitle;

	private String newProtectionManagerName;

	@Schema(description = "法人番号のない事業者の証憑: TAX_OFFICE または PENSION_OFFICE（CHG-2）")
	private ProofType proofType;

	private String note;

	@Schema(description = "変更報告書（様式）")
	private List<MultipartFile> reportForm = new ArrayList<>();

	@Schema(description = "CHG-2: 公的機関の受付印のある証憑のコピー")
	private List<MultipartFile> proof = new ArrayList<>();

	@Schema(description = "CHG-3: 登記事項証明書の代表者の氏名が確認できるページのコピー")
	private List<MultipartFile> registryPage = new ArrayList<>();

	Map<String, List<MultipartFile>> fileFields() {
		return Map.of("reportForm", this.reportForm, "proof", this.proof, "registryPage", this.registryPage);
	}

	static ChangeDocumentType typeOf(String field) {
		return switch (field) {
			case "reportForm" -> ChangeDocumentType.REPORT_FORM;
			case "proof" -> ChangeDocumentType.PROOF;
			default -> ChangeDocumentType.REGISTRY_PAGE;
		};
	}

	ChangeRequest toRequest(List<ChangeRequest.UploadedFile> files) {
		Map<ApplicantField, String> values = new EnumMap<>(ApplicantField.class);
		put(values, ApplicantField.NAME, this.newName);
		put(values, ApplicantField.POSTAL_CODE, this.newPostalCode);
		put(values, ApplicantField.ADDRESS, this.newAddress);
		put(values, ApplicantField.REPRESENTATIVE_TITLE, this.newRepresentativeTitle);
		put(values, ApplicantField.REPRESENTATIVE_NAME, this.newRepresentativeName);
		put(values, ApplicantField.CONTACT_NAME, this.newContactName);
		put(values, ApplicantField.CONTACT_DEPARTMENT, this.newContactDepartment);
		put(values, ApplicantField.CONTACT_POSTAL_CODE, this.newContactPostalCode);
		put(values, ApplicantField.CONTACT_ADDRESS, this.newContactAddress);
		put(values, ApplicantField.CONTACT_PHONE, this.newContactPhone);
		put(values, ApplicantField.CONTACT_FAX, this.newContactFax);
		put(values, ApplicantField.CONTACT_EMAIL, this.newContactEmail);
		put(values, ApplicantField.PROTECTION_MANAGER_TITLE, this.newProtectionManagerTitle);
		put(values, ApplicantField.PROTECTION_MANAGER_NAME, this.newProtectionManagerName);
		EnumSet<ChangeKind> kindSet = EnumSet.noneOf(ChangeKind.class);
		// "kinds= " binds as a null element: an empty choice, not a kind
		this.kinds.stream().filter(java.util.Objects::nonNull).forEach(kindSet::add);
		return new ChangeRequest(this.registrationNumber, this.applicationNumber, this.corporateNumber, this.reportedOn,
				this.effectiveOn, kindSet, values, this.proofType, EnumSet.noneOf(ChangeDocumentType.class), files,
				this.note, Channel.ONLINE);
	}

	private static void put(Map<ApplicantField, String> values, ApplicantField field, String value) {
		if (value != null) {
			values.put(field, value);
		}
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public String getApplicationNumber() {
		return this.applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = applicationNumber;
	}

	public String getCorporateNumber() {
		return this.corporateNumber;
	}

	public void setCorporateNumber(String corporateNumber) {
		this.corporateNumber = corporateNumber;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	public void setReportedOn(LocalDate reportedOn) {
		this.reportedOn = reportedOn;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public List<ChangeKind> getKinds() {
		return this.kinds;
	}

	public void setKinds(List<ChangeKind> kinds) {
		this.kinds = kinds;
	}

	public String getNewName() {
		return this.newName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	public String getNewPostalCode() {
		return this.newPostalCode;
	}

	public void setNewPostalCode(String newPostalCode) {
		this.newPostalCode = newPostalCode;
	}

	public String getNewAddress() {
		return this.newAddress;
	}

	public void setNewAddress(String newAddress) {
		this.newAddress = newAddress;
	}

	public String getNewRepresentativeTitle() {
		return this.newRepresentativeTitle;
	}

	public void setNewRepresentativeTitle(String newRepresentativeTitle) {
		this.newRepresentativeTitle = newRepresentativeTitle;
	}

	public String getNewRepresentativeName() {
		return this.newRepresentativeName;
	}

	public void setNewRepresentativeName(String newRepresentativeName) {
		this.newRepresentativeName = newRepresentativeName;
	}

	public String getNewContactName() {
		return this.newContactName;
	}

	public void setNewContactName(String newContactName) {
		this.newContactName = newContactName;
	}

	public String getNewContactDepartment() {
		return this.newContactDepartment;
	}

	public void setNewContactDepartment(String newContactDepartment) {
		this.newContactDepartment = newContactDepartment;
	}

	public String getNewContactPostalCode() {
		return this.newContactPostalCode;
	}

	public void setNewContactPostalCode(String newContactPostalCode) {
		this.newContactPostalCode = newContactPostalCode;
	}

	public String getNewContactAddress() {
		return this.newContactAddress;
	}

	public void setNewContactAddress(String newContactAddress) {
		this.newContactAddress = newContactAddress;
	}

	public String getNewContactPhone() {
		return this.newContactPhone;
	}

	public void setNewContactPhone(String newContactPhone) {
		this.newContactPhone = newContactPhone;
	}

	public String getNewContactFax() {
		return this.newContactFax;
	}

	public void setNewContactFax(String newContactFax) {
		this.newContactFax = newContactFax;
	}

	public String getNewContactEmail() {
		return this.newContactEmail;
	}

	public void setNewContactEmail(String newContactEmail) {
		this.newContactEmail = newContactEmail;
	}

	public String getNewProtectionManagerTitle() {
		return this.newProtectionManagerTitle;
	}

	public void setNewProtectionManagerTitle(String newProtectionManagerTitle) {
		this.newProtectionManagerTitle = newProtectionManagerTitle;
	}

	public String getNewProtectionManagerName() {
		return this.newProtectionManagerName;
	}

	public void setNewProtectionManagerName(String newProtectionManagerName) {
		this.newProtectionManagerName = newProtectionManagerName;
	}

	public ProofType getProofType() {
		return this.proofType;
	}

	public void setProofType(ProofType proofType) {
		this.proofType = proofType;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<MultipartFile> getReportForm() {
		return this.reportForm;
	}

	public void setReportForm(List<MultipartFile> reportForm) {
		this.reportForm = reportForm;
	}

	public List<MultipartFile> getProof() {
		return this.proof;
	}

	public void setProof(List<MultipartFile> proof) {
		this.proof = proof;
	}

	public List<MultipartFile> getRegistryPage() {
		return this.registryPage;
	}

	public void setRegistryPage(List<MultipartFile> registryPage) {
		this.registryPage = registryPage;
	}

}
