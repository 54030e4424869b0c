package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.FileTypes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives new applications: checks them, records the applicant, the application and its
 * documents, and starts the assessment with the application number as business key.
 */
@Service
public class IntakeService {

	private final ApplicantService applicants;

	private final ApplicationRepository applications;

	private final SubmittedDocumentRepository documents;

	private final ApplicationEventRepository events;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final RuntimeService runtimeService;

	IntakeService(ApplicantService applicants, ApplicationRepository applications,
			SubmittedDocumentRepository documents, ApplicationEventRepository events, Numbering numbering,
			JapaneseBusinessCalendar calendar, RuntimeService runtimeService) {
		this.applicants = applicants;
		this.applications = applications;
		this.documents = documents;
		this.events = events;
		this.numbering = numbering;
		this.calendar = calendar;
		this.runtimeService = runtimeService;
	}

	/**
	 * Adds a refusal for everything an application may not carry, whatever its channel:
	 * required data, corporate number (CHG-6), individual numbers (CHG-5). Online, also
	 * the file types (INT-2), the mandatory documents (INT-3, INT-7), the registry
	 * certificate's age (INT-3) and the declarations (INT-6), which the portal can check
	 * at once.
	 */
	public void check(NewApplication application, Rules rules) {
		application.applicant().check(rules, "applicant.");
		rules.require(application.appliedOn() != null, "appliedOn", "GEN-2", "申請日を入力してください。",
				"Enter the application date.");
		if (application.appliedOn() != null) {
			rules.require(!application.appliedOn().isAfter(this.calendar.today()), "appliedOn", "GEN-2",
					"申請日に未来の日付は入力できません。", "The application date cannot be in the future.");
		}
		rules.require(application.kind() == ApplicationKind.NEW, "kind", "INT-3",
				"このリリースで受け付けるのは新規申請です。更新申請は更新の受付期間の確認とともに別途受け付けます。",
				"This release accepts new applications; renewals are taken with their window check separately.");
		if (application.channel() == Channel.ONLINE) {
			checkOnline(application, rules);
		}
	}

	private void checkOnline(NewApplication application, Rules rules) {
		for (NewApplication.UploadedFile file : application.files()) {
			rules.add(FileTypes.check(file.field(), file.fileName(), file.content()));
		}
		Set<DocumentType> present = application.files()
			.stream()
			.map(NewApplication.UploadedFile::type)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
		for (DocumentType type : DocumentType.mandatory()) {
			if (!present.contains(type)) {
				rules.refuse("files." + type.name(), type.number() >= 19 ? "INT-7" : "INT-3",
						"必須書類「" + type.label() + "」が提出されていません。",
						"The mandatory document " + type.number() + " (" + type.name() + ") is missing.");
			}
		}
		if (present.contains(DocumentType.REGISTRY_CERTIFICATE)) {
			rules.require(
					RegistryCertificate.isFresh(application.registryCertificateIssuedOn(), application.appliedOn()),
					"registryCertificateIssuedOn", "INT-3", "登記事項証明書は申請日前3か月以内に発行されたものが必要です。発行日を確認してください。",
					"The registry certificate must be issued within 3 months before the application date.");
		}
		rules.require(application.assessmentRequested(), "assessmentRequested", "INT-6", "付与適格性審査を申請する旨の記述が必要です。",
				"The application must state that assessment is requested.");
		rules.require(application.consentGiven(), "consentGiven", "INT-6", "審査に関する要求事項を遵守し、必要な全ての情報を提供することへの同意が必要です。",
				"The applicant must consent to follow the requirements and provide all information.");
	}

	/**
	 * Records an application that passed {@link #check}: the applicant (known by
	 * corporate number, or new), the application under a new number, its documents, the
	 * journal.
	 */
	@Transactional
	public Application register(NewApplication data, String receivedBy) {
		Applicant applicant = this.applicants.register(data.applicant(), receivedBy);
		LocalDate today = this.calendar.today();
		String number = this.numbering.next("PM", today.getYear(), 4);
		Application application = this.applications
			.save(new Application(number, applicant, data.kind(), data.channel(), data.appliedOn(),
					data.assessmentRequested(), data.consentGiven(), data.registryCertificateIssuedOn(), receivedBy));
		for (DocumentType type : data.paperDocuments()) {
			this.documents.save(SubmittedDocument.paper(application.getId(), type, receivedBy));
		}
		for (NewApplication.UploadedFile file : data.files()) {
			this.documents.save(SubmittedDocument.file(application.getId(), file.type(), file.fileName(),
					FileTypes.detect(file.content()), file.content(), receivedBy));
		}
		this.events.save(new ApplicationEvent(application.getId(), receivedBy, "RECEIVED",
				"申請を受け付けました（" + data.channel().japaneseName() + "）"));
		return application;
	}

	/** Records an online application and starts its assessment. */
	@Transactional
	public Application receiveOnline(NewApplication data, String receivedBy) {
		Application application = register(data, receivedBy);
		startAssessment(application);
		return application;
	}

	/** Starts the assessment of a recorded application. */
	public ProcessInstance startAssessment(Application application) {
		return this.runtimeService.startProcessInstanceByKey(AssessmentProcess.KEY, application.getApplicationNumber(),
				Map.of(AssessmentProcess.VAR_APPLICATION_NUMBER, application.getApplicationNumber(),
						AssessmentProcess.VAR_APPLICANT_NAME, application.getApplicant().getName()));
	}

}
