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
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.JisX0208;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申請書類を確認する (reception): INT-3 the mandatory documents and the registry certificate's
 * age, INT-5 受取不可 / 受理不可 with the reason, INT-6 the declarations, INT-7 the officer list
 * and self-declaration, INT-11 a name a person must decide, INT-14 at least two people.
 */
@Component
public class ReceiptCheckForm extends AssessmentTaskForm<ReceiptCheckForm.Input> {

	/** What reception submits. */
	public record Input(List<DocumentType> presentDocuments, LocalDate registryCertificateIssuedOn,
			boolean assessmentRequested, boolean consentGiven, String correctedName,
			ReceiptCheck.Outcome receiptOutcome, String receiptReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "documentLinks", "documentOptions", "nameNeedsReview", "nameOriginal")
		.prefills("registryCertificateIssuedOn");

	private final ApplicantService applicants;

	private final SubmittedDocuments documents;

	private final ReceiptCheckRepository checks;

	ReceiptCheckForm(Applications applications, ApplicantService applicants, SubmittedDocuments documents,
			ReceiptCheckRepository checks, CurrentUser currentUser) {
		super(AssessmentProcess.CHECK_RECEIPT, CONTRACT, applications, currentUser);
		this.applicants = applicants;
		this.documents = documents;
		this.checks = checks;
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
		Applicant applicant = application.getApplicant();
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("documentLinks", this.documents.documentLinks(view.taskId(), number))
			.show("documentOptions", FormView.options(options))
			.show("nameNeedsReview", applicant.isNameNeedsReview())
			.show("nameOriginal", applicant.getNameOriginal())
			// issue 14: the checklist starts unticked; the clerk ticks what she opened
			// and checked
			.prefill("registryCertificateIssuedOn", application.getRegistryCertificateIssuedOn());
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(Input input, FormContext context, Rules rules) {
		ReceiptCheck.Outcome outcome = input.receiptOutcome();
		if (outcome == null) {
			rules.refuse("receiptOutcome", RuleId.INT_5, "choose-outcome-check");
			return;
		}
		rules.add(IndividualNumbers.check("receiptReason", input.receiptReason()));
		rules.add(IndividualNumbers.check("correctedName", input.correctedName()));
		if (input.correctedName() != null) {
			if (!JisX0208.degrade(input.correctedName()).unknownCharacters().isEmpty()
					|| JisX0208.degrade(input.correctedName()).degraded()) {
				rules.refuse("correctedName", RuleId.INT_11, "enter-business-name-jis-x");
			}
		}
		if (outcome != ReceiptCheck.Outcome.ACCEPTED) {
			rules.require(input.receiptReason() != null, "receiptReason", RuleId.INT_5, "enter-reason-sent-applicant");
			return;
		}
		Application application = this.applications.get(context.businessKey());
		Set<DocumentType> present = presentDocuments(input);
		for (DocumentList.Entry entry : DocumentList.of(application).mandatory()) {
			if (!present.contains(entry.type())) {
				rules.refuse("presentDocuments", entry.rule(application.getKind()), "mandatory-document-missing-choose",
						entry.label(), entry.number());
			}
		}
		if (present.contains(DocumentType.REGISTRY_CERTIFICATE)
				&& !RegistryCertificate.isFresh(input.registryCertificateIssuedOn(), application.getAppliedOn())) {
			rules.refuse("registryCertificateIssuedOn", RuleId.INT_3, "registry-certificate-stale-since-applied",
					application.getAppliedOn());
		}
		rules.require(input.assessmentRequested(), "assessmentRequested", RuleId.INT_6, "application-does-not-state");
		rules.require(input.consentGiven(), "consentGiven", RuleId.INT_6, "applicant-consent-missing");
		Applicant applicant = application.getApplicant();
		rules.require(applicant.getFullTimeStaff() != null && applicant.getFullTimeStaff() >= 2, "receiptOutcome",
				RuleId.INT_14, "needs-two-full-time-staff");
		rules.require(!applicant.isNameNeedsReview() || input.correctedName() != null, "correctedName", RuleId.INT_11,
				"business-name-character-outside-jis", applicant.getNameOriginal());
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
