package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.Channel;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * An online application (INT-1, INT-2) as a multipart form: the application's data, and
 * each document's files under the document's field (one or more files each).
 */
@Schema(description = "オンライン申請（新規・更新）。書類は種類ごとの欄に添付します（pdf, xlsx, xls, docx, doc, pptx, txt, jpeg, png, 圧縮ファイル）。更新申請の様式0〜8は更新用の様式（form7 = 様式7更新、form8 = 様式8更新）です。")
public class OnlineApplicationRequest {

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

	private List<MultipartFile> form0 = new ArrayList<>();

	private List<MultipartFile> form1 = new ArrayList<>();

	private List<MultipartFile> form2 = new ArrayList<>();

	private List<MultipartFile> form3 = new ArrayList<>();

	private List<MultipartFile> form4 = new ArrayList<>();

	private List<MultipartFile> form5 = new ArrayList<>();

	private List<MultipartFile> form6 = new ArrayList<>();

	private List<MultipartFile> form7 = new ArrayList<>();

	private List<MultipartFile> form8 = new ArrayList<>();

	private List<MultipartFile> registryCertificate = new ArrayList<>();

	private List<MultipartFile> articles = new ArrayList<>();

	private List<MultipartFile> pmsDocuments = new ArrayList<>();

	private List<MultipartFile> ledgerFirstPage = new ArrayList<>();

	private List<MultipartFile> riskAnalysis = new ArrayList<>();

	private List<MultipartFile> trainingRecords = new ArrayList<>();

	private List<MultipartFile> internalAuditRecords = new ArrayList<>();

	private List<MultipartFile> managementReviewMinutes = new ArrayList<>();

	private List<MultipartFile> brochure = new ArrayList<>();

	private List<MultipartFile> officerList = new ArrayList<>();

	private List<MultipartFile> disqualificationDeclaration = new ArrayList<>();

	/** The request's file fields by document type. */
	Map<DocumentType, List<MultipartFile>> files() {
		Map<DocumentType, List<MultipartFile>> files = new LinkedHashMap<>();
		files.put(DocumentType.FORM_0, this.form0);
		files.put(DocumentType.FORM_1, this.form1);
		files.put(DocumentType.FORM_2, this.form2);
		files.put(DocumentType.FORM_3, this.form3);
		files.put(DocumentType.FORM_4, this.form4);
		files.put(DocumentType.FORM_5, this.form5);
		files.put(DocumentType.FORM_6, this.form6);
		files.put(DocumentType.FORM_7, this.form7);
		files.put(DocumentType.FORM_8, this.form8);
		files.put(DocumentType.REGISTRY_CERTIFICATE, this.registryCertificate);
		files.put(DocumentType.ARTICLES, this.articles);
		files.put(DocumentType.PMS_DOCUMENTS, this.pmsDocuments);
		files.put(DocumentType.LEDGER_FIRST_PAGE, this.ledgerFirstPage);
		files.put(DocumentType.RISK_ANALYSIS, this.riskAnalysis);
		files.put(DocumentType.TRAINING_RECORDS, this.trainingRecords);
		files.put(DocumentType.INTERNAL_AUDIT_RECORDS, this.internalAuditRecords);
		files.put(DocumentType.MANAGEMENT_REVIEW_MINUTES, this.managementReviewMinutes);
		files.put(DocumentType.BROCHURE, this.brochure);
		files.put(DocumentType.OFFICER_LIST, this.officerList);
		files.put(DocumentType.DISQUALIFICATION_DECLARATION, this.disqualificationDeclaration);
		return files;
	}

	/** The field a document type's files come in, e.g. {@code registryCertificate}. */
	public static String fieldOf(DocumentType type) {
		String[] words = type.name().toLowerCase(java.util.Locale.ROOT).split("_");
		StringBuilder field = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return field.toString();
	}

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

	public List<MultipartFile> getForm0() {
		return this.form0;
	}

	public void setForm0(List<MultipartFile> form0) {
		this.form0 = form0;
	}

	public List<MultipartFile> getForm1() {
		return this.form1;
	}

	public void setForm1(List<MultipartFile> form1) {
		this.form1 = form1;
	}

	public List<MultipartFile> getForm2() {
		return this.form2;
	}

	public void setForm2(List<MultipartFile> form2) {
		this.form2 = form2;
	}

	public List<MultipartFile> getForm3() {
		return this.form3;
	}

	public void setForm3(List<MultipartFile> form3) {
		this.form3 = form3;
	}

	public List<MultipartFile> getForm4() {
		return this.form4;
	}

	public void setForm4(List<MultipartFile> form4) {
		this.form4 = form4;
	}

	public List<MultipartFile> getForm5() {
		return this.form5;
	}

	public void setForm5(List<MultipartFile> form5) {
		this.form5 = form5;
	}

	public List<MultipartFile> getForm6() {
		return this.form6;
	}

	public void setForm6(List<MultipartFile> form6) {
		this.form6 = form6;
	}

	public List<MultipartFile> getForm7() {
		return this.form7;
	}

	public void setForm7(List<MultipartFile> form7) {
		this.form7 = form7;
	}

	public List<MultipartFile> getForm8() {
		return this.form8;
	}

	public void setForm8(List<MultipartFile> form8) {
		this.form8 = form8;
	}

	public List<MultipartFile> getRegistryCertificate() {
		return this.registryCertificate;
	}

	public void setRegistryCertificate(List<MultipartFile> registryCertificate) {
		this.registryCertificate = registryCertificate;
	}

	public List<MultipartFile> getArticles() {
		return this.articles;
	}

	public void setArticles(List<MultipartFile> articles) {
		this.articles = articles;
	}

	public List<MultipartFile> getPmsDocuments() {
		return this.pmsDocuments;
	}

	public void setPmsDocuments(List<MultipartFile> pmsDocuments) {
		this.pmsDocuments = pmsDocuments;
	}

	public List<MultipartFile> getLedgerFirstPage() {
		return this.ledgerFirstPage;
	}

	public void setLedgerFirstPage(List<MultipartFile> ledgerFirstPage) {
		this.ledgerFirstPage = ledgerFirstPage;
	}

	public List<MultipartFile> getRiskAnalysis() {
		return this.riskAnalysis;
	}

	public void setRiskAnalysis(List<MultipartFile> riskAnalysis) {
		this.riskAnalysis = riskAnalysis;
	}

	public List<MultipartFile> getTrainingRecords() {
		return this.trainingRecords;
	}

	public void setTrainingRecords(List<MultipartFile> trainingRecords) {
		this.trainingRecords = trainingRecords;
	}

	public List<MultipartFile> getInternalAuditRecords() {
		return this.internalAuditRecords;
	}

	public void setInternalAuditRecords(List<MultipartFile> internalAuditRecords) {
		this.internalAuditRecords = internalAuditRecords;
	}

	public List<MultipartFile> getManagementReviewMinutes() {
		return this.managementReviewMinutes;
	}

	public void setManagementReviewMinutes(List<MultipartFile> managementReviewMinutes) {
		this.managementReviewMinutes = managementReviewMinutes;
	}

	public List<MultipartFile> getBrochure() {
		return this.brochure;
	}

	public void setBrochure(List<MultipartFile> brochure) {
		this.brochure = brochure;
	}

	public List<MultipartFile> getOfficerList() {
		return this.officerList;
	}

	public void setOfficerList(List<MultipartFile> officerList) {
		this.officerList = officerList;
	}

	public List<MultipartFile> getDisqualificationDeclaration() {
		return this.disqualificationDeclaration;
	}

	public void setDisqualificationDeclaration(List<MultipartFile> disqualificationDeclaration) {
		this.disqualificationDeclaration = disqualificationDeclaration;
	}

}
