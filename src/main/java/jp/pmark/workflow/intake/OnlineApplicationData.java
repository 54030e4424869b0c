package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.Channel;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The data of an online application (INT-1, INT-2) as its multipart form's fields: the
 * kind, the declarations and the business. Its documents' files are
 * {@link OnlineApplicationRequest}'s; Spring binds both, and the API document shows both
 * as one form. Only getters and setters beyond {@link #toNewApplication}: each field
 * needs both for the binder and the API document.
 */
public abstract class OnlineApplicationData {

	@Schema(description = "申請の種類: NEW（新規、既定）または RENEWAL（更新）", example = "NEW")
	private ApplicationKind kind = ApplicationKind.NEW;

	@Schema(description = "REN-4: 更新する登録の登録番号（更新申請のとき）", example = "10823456(05)")
	private String renewalOf;

	@Schema(description = "INT-7: 前回の付与契約以降、登記事項・定款・役員に変更がある（更新申請のとき）。法人番号があり変更がなければ登記事項証明書・定款・役員の名簿を省略できます。")
	private boolean changesSinceLastContract;

	@Schema(description = "申請日", example = "2026-11-20")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate appliedOn;

	@Schema(description = "INT-6: 付与適格性審査を申請する旨", example = "true")
	private boolean assessmentRequested;

	@Schema(description = "INT-6: 要求事項の遵守と必要な情報の提供への同意", example = "true")
	private boolean consentGiven;

	@Schema(description = "登記事項証明書の発行日（申請日前3か月以内）", example = "2026-10-01")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registryCertificateIssuedOn;

	@Schema(description = "事業者名", example = "株式会社プライバシーテック")
	private String applicantName;

	@Schema(description = "事業者名（フリガナ）")
	private String applicantNameKana;

	@Schema(description = "法人番号（13桁）。法人番号のない事業者は空", example = "7000012050002")
	private String corporateNumber;

	private String postalCode;

	private String address;

	private String representativeTitle;

	private String representativeName;

	private String contactName;

	private String contactDepartment;

	private String contactPostalCode;

	private String contactAddress;

	private String contactPhone;

	private String contactEmail;

	@Schema(description = "主たる業種: MANUFACTURING_OTHER, WHOLESALE, RETAIL, SERVICES")
	private Industry industry;

	@Schema(description = "資本金（円）。資本金のない事業者は空")
	private Long capitalYen;

	@Schema(description = "従業者数（役員・派遣社員を含む）")
	private Integer headcount;

	@Schema(description = "社会保険に加入している常勤の従業者と登記された役員（監査役を除く）の人数（INT-14）")
	private Integer fullTimeStaff;

	NewApplication toNewApplication(List<NewApplication.UploadedFile> uploaded) {
		ApplicantData applicant = new ApplicantData(this.applicantName, this.applicantNameKana, this.corporateNumber,
				this.postalCode, this.address, this.representativeTitle, this.representativeName, this.contactName,
				this.contactDepartment, this.contactPostalCode, this.contactAddress, this.contactPhone,
				this.contactEmail, this.industry, this.capitalYen, this.headcount, this.fullTimeStaff);
		ApplicationKind applicationKind = (this.kind == null) ? ApplicationKind.NEW : this.kind;
		return new NewApplication(applicant, applicationKind, Channel.ONLINE, this.appliedOn, this.assessmentRequested,
				this.consentGiven, this.registryCertificateIssuedOn, EnumSet.noneOf(DocumentType.class), uploaded,
				(applicationKind == ApplicationKind.RENEWAL) ? this.renewalOf : null,
				applicationKind == ApplicationKind.RENEWAL && this.changesSinceLastContract);
	}

	public ApplicationKind getKind() {
		return this.kind;
	}

	public void setKind(ApplicationKind kind) {
		this.kind = kind;
	}

	public String getRenewalOf() {
		return this.renewalOf;
	}

	public void setRenewalOf(String renewalOf) {
		this.renewalOf = renewalOf;
	}

	public boolean isChangesSinceLastContract() {
		return this.changesSinceLastContract;
	}

	public void setChangesSinceLastContract(boolean changesSinceLastContract) {
		this.changesSinceLastContract = changesSinceLastContract;
	}

	public LocalDate getAppliedOn() {
		return this.appliedOn;
	}

	public void setAppliedOn(LocalDate appliedOn) {
		this.appliedOn = appliedOn;
	}

	public boolean isAssessmentRequested() {
		return this.assessmentRequested;
	}

	public void setAssessmentRequested(boolean assessmentRequested) {
		this.assessmentRequested = assessmentRequested;
	}

	public boolean isConsentGiven() {
		return this.consentGiven;
	}

	public void setConsentGiven(boolean consentGiven) {
		this.consentGiven = consentGiven;
	}

	public LocalDate getRegistryCertificateIssuedOn() {
		return this.registryCertificateIssuedOn;
	}

	public void setRegistryCertificateIssuedOn(LocalDate registryCertificateIssuedOn) {
		this.registryCertificateIssuedOn = registryCertificateIssuedOn;
	}

	public String getApplicantName() {
		return this.applicantName;
	}

	public void setApplicantName(String applicantName) {
		this.applicantName = applicantName;
	}

	public String getApplicantNameKana() {
		return this.applicantNameKana;
	}

	public void setApplicantNameKana(String applicantNameKana) {
		this.applicantNameKana = applicantNameKana;
	}

	public String getCorporateNumber() {
		return this.corporateNumber;
	}

	public void setCorporateNumber(String corporateNumber) {
		this.corporateNumber = corporateNumber;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getRepresentativeTitle() {
		return this.representativeTitle;
	}

	public void setRepresentativeTitle(String representativeTitle) {
		this.representativeTitle = representativeTitle;
	}

	public String getRepresentativeName() {
		return this.representativeName;
	}

	public void setRepresentativeName(String representativeName) {
		this.representativeName = representativeName;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactDepartment() {
		return this.contactDepartment;
	}

	public void setContactDepartment(String contactDepartment) {
		this.contactDepartment = contactDepartment;
	}

	public String getContactPostalCode() {
		return this.contactPostalCode;
	}

	public void setContactPostalCode(String contactPostalCode) {
		this.contactPostalCode = contactPostalCode;
	}

	public String getContactAddress() {
		return this.contactAddress;
	}

	public void setContactAddress(String contactAddress) {
		this.contactAddress = contactAddress;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	public void setIndustry(Industry industry) {
		this.industry = industry;
	}

	public Long getCapitalYen() {
		return this.capitalYen;
	}

	public void setCapitalYen(Long capitalYen) {
		this.capitalYen = capitalYen;
	}

	public Integer getHeadcount() {
		return this.headcount;
	}

	public void setHeadcount(Integer headcount) {
		this.headcount = headcount;
	}

	public Integer getFullTimeStaff() {
		return this.fullTimeStaff;
	}

	public void setFullTimeStaff(Integer fullTimeStaff) {
		this.fullTimeStaff = fullTimeStaff;
	}

}
