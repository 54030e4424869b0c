package jp.pmark.workflow.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.multipart.MultipartFile;

/**
 * An online application (INT-1, INT-2) as a multipart form: the application's data
 * ({@link OnlineApplicationData}), and each document's files under the document's field
 * (one or more files each).
 */
@Schema(description = "オンライン申請（新規・更新）。書類は種類ごとの欄に添付します（pdf, xlsx, xls, docx, doc, pptx, txt, jpeg, png, 圧縮ファイル）。更新申請の様式0〜8は更新用の様式（form7 = 様式7更新、form8 = 様式8更新）です。")
public class OnlineApplicationRequest extends OnlineApplicationData {

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
