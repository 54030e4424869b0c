package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StoredTexts;
import jp.pmark.workflow.engine.EngineCalls;
import jp.pmark.workflow.guard.FileTypes;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives new applications: checks them, records the applicant, the application and its
 * documents, and starts the assessment with the application number as business key.
 */
@Service
public class IntakeService {

	private final ApplicantService applicants;

	private final Applications applications;

	private final SubmittedDocumentRepository documents;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final RuntimeService runtimeService;

	private final RenewalTargets renewals;

	private final AssessmentStart assessmentStart;

	private final StoredTexts storedTexts;

	private final EngineCalls engineCalls;

	private final TransactionTemplate transactions;

	IntakeService(ApplicantService applicants, Applications applications, SubmittedDocumentRepository documents,
			Numbering numbering, JapaneseBusinessCalendar calendar, RuntimeService runtimeService,
			RenewalTargets renewals, AssessmentStart assessmentStart, StoredTexts storedTexts,
			PlatformTransactionManager transactionManager, EngineCalls engineCalls) {
		this.engineCalls = engineCalls;
		this.storedTexts = storedTexts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.assessmentStart = assessmentStart;
		this.applicants = applicants;
		this.applications = applications;
		this.documents = documents;
		this.numbering = numbering;
		this.calendar = calendar;
		this.runtimeService = runtimeService;
		this.renewals = renewals;
	}

	/**
	 * Adds a refusal for everything an application may not carry, whatever its channel:
	 * required data, corporate number (CHG-6), individual numbers (CHG-5); for a renewal,
	 * the registration it renews and the window it must arrive in (REN-1..REN-4). Online,
	 * also the file types (INT-2), the mandatory documents (INT-3, INT-7, REN-4), the
	 * registry certificate's age (INT-3) and the declarations (INT-6), which the portal
	 * can check at once.
	 */
	public void check(NewApplication application, Rules rules) {
		application.applicant().check(rules, "applicant.", this.storedTexts);
		rules.require(application.appliedOn() != null, "appliedOn", RuleId.GEN_2, "enter-application-date");
		if (application.appliedOn() != null) {
			rules.require(!application.appliedOn().isAfter(this.calendar.today()), "appliedOn", RuleId.GEN_2,
					"application-date-cannot-future");
		}
		rules.require(application.kind() != null, "kind", RuleId.INT_1, "choose-new-renewal");
		if (application.kind() == ApplicationKind.RENEWAL) {
			this.renewals.check(application.renewalOf(), application.applicant().corporateNumber(),
					this.calendar.today(), rules);
		}
		if (application.channel() == Channel.ONLINE) {
			checkOnline(application, rules);
		}
	}

	private void checkOnline(NewApplication application, Rules rules) {
		for (NewApplication.UploadedFile file : application.files()) {
			rules.add(FileTypes.check(file.field(), file.fileName(), file.content()));
			this.storedTexts.check(rules, file.field(), file.fileName(), SubmittedDocument.class, "fileName");
		}
		Set<DocumentType> present = application.files()
			.stream()
			.map(NewApplication.UploadedFile::type)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
		DocumentList list = application.documentList();
		for (DocumentList.Entry entry : list.mandatory()) {
			if (!present.contains(entry.type())) {
				rules.refuse("files." + entry.type().name(), entry.rule(application.kind()),
						"mandatory-document-missing", entry.label(), entry.number(), entry.type().name());
			}
		}
		if (present.contains(DocumentType.REGISTRY_CERTIFICATE)) {
			rules.require(
					RegistryCertificate.isFresh(application.registryCertificateIssuedOn(), application.appliedOn()),
					"registryCertificateIssuedOn", RuleId.INT_3, "registry-certificate-stale");
		}
		rules.require(application.assessmentRequested(), "assessmentRequested", RuleId.INT_6,
				"application-must-state-assessment");
		rules.require(application.consentGiven(), "consentGiven", RuleId.INT_6, "applicant-must-consent-follow");
	}

	/**
	 * Records an application that passed {@link #check}: the applicant (known by
	 * corporate number, or new), the application under a new number, its documents, the
	 * journal.
	 */
	@Transactional
	public Application register(NewApplication data, String receivedBy) {
		return register(data, this.numbering.next("PM", this.calendar.today().getYear(), 4), receivedBy);
	}

	private Application register(NewApplication data, String number, String receivedBy) {
		return register(data, number, receivedBy, new ArrayList<>());
	}

	private Application register(NewApplication data, String number, String receivedBy, List<DocumentSummary> stored) {
		LocalDate today = this.calendar.today();
		RenewalTargets.RenewalTarget renewal = null;
		Applicant applicant;
		if (data.kind() == ApplicationKind.RENEWAL) {
			Rules rules = new Rules();
			renewal = this.renewals.check(data.renewalOf(), data.applicant().corporateNumber(), today, rules)
				.orElse(null);
			rules.throwIfAny();
			// REN-5: the holder of the registration renews; the size facts it gives now
			// set the renewal's fees (FEE-6, FEE-7), and the record keeps the change
			applicant = this.applicants.get(renewal.applicantId());
			this.applicants.change(applicant.getId(), sizeFacts(data.applicant()), receivedBy, "更新申請 " + number);
		}
		else {
			applicant = this.applicants.register(data.applicant(), receivedBy);
		}
		Application application = this.applications.record(number, applicant, data.kind(), data.channel(),
				data.appliedOn(), data.assessmentRequested(), data.consentGiven(), data.registryCertificateIssuedOn(),
				receivedBy);
		if (renewal != null) {
			this.applications.recordRenewal(application, renewal.registrationId(), renewal.applicationId(),
					data.changesSinceLastContract());
		}
		for (DocumentType type : data.paperDocuments()) {
			stored.add(this.documents.save(SubmittedDocument.paper(application.getId(), type, receivedBy)).summary());
		}
		for (NewApplication.UploadedFile file : data.files()) {
			stored.add(
					this.documents
						.save(SubmittedDocument.file(application.getId(), file.type(), file.fileName(),
								FileTypes.detect(file.content()), file.content(), receivedBy))
						.summary());
		}
		this.applications.journal(application, "RECEIVED",
				"申請を受け付けました（" + data.kind().japaneseName() + "・" + data.channel().japaneseName()
						+ ((renewal != null) ? "、登録番号 " + renewal.registrationNumber() + " の更新" : "") + "）",
				receivedBy);
		if (renewal != null) {
			this.renewals.received(renewal, application, receivedBy);
		}
		return application;
	}

	private static Map<ApplicantField, String> sizeFacts(ApplicantData data) {
		Map<ApplicantField, String> facts = new EnumMap<>(ApplicantField.class);
		facts.put(ApplicantField.INDUSTRY, (data.industry() == null) ? null : data.industry().name());
		facts.put(ApplicantField.CAPITAL_YEN, (data.capitalYen() == null) ? null : data.capitalYen().toString());
		facts.put(ApplicantField.HEADCOUNT, (data.headcount() == null) ? null : data.headcount().toString());
		facts.put(ApplicantField.FULL_TIME_STAFF,
				(data.fullTimeStaff() == null) ? null : data.fullTimeStaff().toString());
		return facts;
	}

	/**
	 * Records an online application and starts its assessment. The application number is
	 * taken first and committed at once, so that intakes arriving together store their
	 * files and start their processes side by side instead of one after the other.
	 */
	public Application receiveOnline(NewApplication data, String receivedBy) {
		return receive(data, receivedBy).application();
	}

	/**
	 * {@link #receiveOnline}, answering also the documents as stored (in the order
	 * received), so that the answer needs no second look at them.
	 */
	public Received receive(NewApplication data, String receivedBy) {
		String number = this.numbering.nextCommitted("PM", this.calendar.today().getYear(), 4);
		return this.transactions.execute((status) -> {
			List<DocumentSummary> stored = new ArrayList<>();
			Application application = register(data, number, receivedBy, stored);
			// a number taken just now: no assessment can carry it yet
			this.assessmentStart.startingRecorded(application.getApplicationNumber(), () -> start(application));
			return new Received(application, List.copyOf(stored));
		});
	}

	/** An application just received, with its documents as stored. */
	public record Received(Application application, List<DocumentSummary> documents) {
	}

	/** Starts the assessment of a recorded application. */
	public ProcessInstance startAssessment(Application application) {
		// one running assessment per application
		if (this.assessmentStart.otherAssessments(application.getApplicationNumber(), null) > 0) {
			throw new RuleViolationException(RuleViolation.of("applicationNumber", RuleId.INT_8,
					"application-assessment-already", application.getApplicationNumber()));
		}
		return start(application);
	}

	private ProcessInstance start(Application application) {
		// the product starts the assessment it decided to start: the portal (API only, no
		// grant in the engine) may hand in an application
		return this.engineCalls
			.onBehalfOfCaller(() -> this.runtimeService.startProcessInstanceByKey(AssessmentProcess.KEY,
					application.getApplicationNumber(),
					Map.of(AssessmentProcess.VAR_APPLICATION_NUMBER, application.getApplicationNumber(),
							AssessmentProcess.VAR_APPLICANT_NAME, application.getApplicant().getName())));
	}

}
