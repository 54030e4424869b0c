package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.JisX0208;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申請書類を確認する (reception): INT-3 the mandatory documents and the registry certificate's
 * age, INT-5 受取不可 / 受理不可 with the reason, INT-6 the declarations, INT-7 the officer list
 * and self-declaration, INT-11 a name a person must decide, INT-14 at least two people.
 */
@Component
public class ReceiptCheckForm implements TaskForm<ReceiptCheckForm.Input> {

	/** What reception submits. */
	public record Input(List<DocumentType> presentDocuments, LocalDate registryCertificateIssuedOn,
			boolean assessmentRequested, boolean consentGiven, String correctedName,
			ReceiptCheck.Outcome receiptOutcome, String receiptReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "documentList", "documentOptions", "nameNeedsReview", "nameOriginal")
		.prefills("presentDocuments", "registryCertificateIssuedOn", "assessmentRequested", "consentGiven");

	private final Applications applications;

	private final ApplicantService applicants;

	private final SubmittedDocuments documents;

	private final ReceiptCheckRepository checks;

	private final CurrentUser currentUser;

	ReceiptCheckForm(Applications applications, ApplicantService applicants, SubmittedDocuments documents,
			ReceiptCheckRepository checks, CurrentUser currentUser) {
		this.applications = applications;
		this.applicants = applicants;
		this.documents = documents;
		this.checks = checks;
		this.currentUser = currentUser;
	}

	@Override
	public ProcessModel process() {
		return AssessmentProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.CHECK_RECEIPT;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		Map<String, String> options = new LinkedHashMap<>();
		DocumentList list = DocumentList.of(application);
		for (DocumentList.Entry entry : list.entries()) {
			options.put(entry.type().name(), list.labelWithRequirement(entry.type()));
		}
		List<String> received = this.documents.documents(number)
			.stream()
			.map((document) -> document.type().name())
			.distinct()
			.toList();
		Applicant applicant = application.getApplicant();
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("documentList", this.documents.documentList(number))
			.show("documentOptions", FormView.options(options))
			.show("nameNeedsReview", applicant.isNameNeedsReview())
			.show("nameOriginal", applicant.getNameOriginal())
			.prefill("presentDocuments", received)
			.prefill("registryCertificateIssuedOn", application.getRegistryCertificateIssuedOn())
			.prefill("assessmentRequested", application.isAssessmentRequested())
			.prefill("consentGiven", application.isConsentGiven());
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(Input input, FormContext context, Rules rules) {
		ReceiptCheck.Outcome outcome = input.receiptOutcome();
		if (outcome == null) {
			rules.refuse("receiptOutcome", "INT-5", "確認の結果（受理する・受け取らない・受理しない）を選んでください。",
					"Choose the outcome of the check.");
			return;
		}
		rules.add(IndividualNumbers.check("receiptReason", input.receiptReason()));
		rules.add(IndividualNumbers.check("correctedName", input.correctedName()));
		if (input.correctedName() != null) {
			if (!JisX0208.degrade(input.correctedName()).unknownCharacters().isEmpty()
					|| JisX0208.degrade(input.correctedName()).degraded()) {
				rules.refuse("correctedName", "INT-11", "JIS第1・第2水準の文字だけで事業者名を入力してください。",
						"Enter the business name in JIS X 0208 level 1/2 characters only.");
			}
		}
		if (outcome != ReceiptCheck.Outcome.ACCEPTED) {
			rules.require(input.receiptReason() != null, "receiptReason", "INT-5",
					"受け取らない・受理しない理由を入力してください（申請者に送付します）。", "Enter the reason; it is sent to the applicant.");
			return;
		}
		Application application = this.applications.get(context.businessKey());
		Set<DocumentType> present = presentDocuments(input);
		for (DocumentList.Entry entry : DocumentList.of(application).mandatory()) {
			if (!present.contains(entry.type())) {
				rules.refuse("presentDocuments", entry.rule(application.getKind()),
						"必須書類「" + entry.label() + "」がそろっていないため受理できません。書類が不足しているときは「受け取らない（受取不可）」を選んでください。",
						"Mandatory document " + entry.number() + " is missing; choose 'not received'.");
			}
		}
		if (present.contains(DocumentType.REGISTRY_CERTIFICATE)
				&& !RegistryCertificate.isFresh(input.registryCertificateIssuedOn(), application.getAppliedOn())) {
			rules.refuse("registryCertificateIssuedOn", "INT-3",
					"登記事項証明書は申請日（" + application.getAppliedOn() + "）前3か月以内の発行が必要です。発行日を確認してください。",
					"The registry certificate must be issued within 3 months before the application date.");
		}
		rules.require(input.assessmentRequested(), "assessmentRequested", "INT-6", "申請書に付与適格性審査を申請する旨の記述がないため受理できません。",
				"The application does not state that assessment is requested.");
		rules.require(input.consentGiven(), "consentGiven", "INT-6", "要求事項の遵守と情報提供への申請者の同意がないため受理できません。",
				"The applicant's consent is missing.");
		Applicant applicant = application.getApplicant();
		rules.require(applicant.getFullTimeStaff() != null && applicant.getFullTimeStaff() >= 2, "receiptOutcome",
				"INT-14", "プライバシーマークには常勤の従業者または役員（監査役を除く）が2名以上必要です（個人情報保護管理者と監査責任者は別の人）。1名の事業者にはCLIPマークをご案内ください。",
				"The Privacy Mark needs at least 2 full-time staff or officers; point a one-person business to the CLIP mark.");
		rules.require(!applicant.isNameNeedsReview() || input.correctedName() != null, "correctedName", "INT-11",
				"事業者名にJIS第1・第2水準にない文字（原文: " + applicant.getNameOriginal() + "）があります。登録する表記を入力してください。",
				"The business name has a character outside JIS X 0208; enter the form to register.");
	}

	@Override
	@Transactional
	public void complete(Input input, FormContext context) {
		String number = context.businessKey();
		Application application = this.applications.get(number);
		ReceiptCheck.Outcome outcome = input.receiptOutcome();
		Set<DocumentType> present = presentDocuments(input);
		List<String> missing = new ArrayList<>();
		DocumentList list = DocumentList.of(application);
		for (DocumentList.Entry entry : list.mandatory()) {
			if (!present.contains(entry.type())) {
				missing.add(entry.label());
			}
		}
		String actor = this.currentUser.id();
		LocalDate issuedOn = input.registryCertificateIssuedOn();
		this.checks.save(new ReceiptCheck(application.getId(), outcome,
				present.stream().map(list::label).collect(Collectors.joining("\n")),
				missing.isEmpty() ? null : String.join("\n", missing), issuedOn, input.assessmentRequested(),
				input.consentGiven(), input.receiptReason(), actor));
		this.applications.recordReceiptCheck(application, issuedOn, input.assessmentRequested(), input.consentGiven());
		if (input.correctedName() != null) {
			this.applicants.decideName(application.getApplicant().getId(), input.correctedName());
			context.route(AssessmentProcess.VAR_APPLICANT_NAME, input.correctedName());
		}
		ApplicationStatus status = switch (outcome) {
			case ACCEPTED -> ApplicationStatus.ACCEPTED;
			case NOT_RECEIVED -> ApplicationStatus.NOT_RECEIVED;
			case NOT_ACCEPTED -> ApplicationStatus.NOT_ACCEPTED;
		};
		this.applications.setStatus(number, status, actor, input.receiptReason());
		context.route(AssessmentProcess.VAR_RECEIPT_OUTCOME, outcome.name());
	}

	private static Set<DocumentType> presentDocuments(Input input) {
		Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
		present.addAll(input.presentDocuments());
		return present;
	}

}
