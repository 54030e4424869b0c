package jp.pmark.workflow.change;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.FileTypes;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change reports (CHG-1..CHG-7): checks a report by code, records it with the values on
 * record beside the reported ones, starts its verification, and once reception verified
 * it, changes the applicant's record with its history. The steps of
 * {@code PmarkChangeReportProcess} call it as {@code changeReports}.
 */
@Service("changeReports")
public class ChangeReports {

	/** Who the report is about, found from its registration or application number. */
	record Target(Applicant applicant, Application underAssessment, Registration registration) {
	}

	private final ChangeReportRepository reports;

	private final ChangeReportItemRepository items;

	private final ChangeReportDocumentRepository documents;

	private final ChangeReportVerificationRepository verifications;

	private final ApplicantService applicants;

	private final Applications applications;

	private final Registrations registrations;

	private final ChangeReportTargets targets;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final ChangeReportLetters reportLetters;

	private final ChangeReportInstances instances;

	private final CurrentUser currentUser;

	ChangeReports(ChangeReportRepository reports, ChangeReportItemRepository items,
			ChangeReportDocumentRepository documents, ChangeReportVerificationRepository verifications,
			ApplicantService applicants, Applications applications, Registrations registrations,
			ChangeReportTargets targets, Numbering numbering, JapaneseBusinessCalendar calendar,
			ChangeReportLetters reportLetters, ChangeReportInstances instances, CurrentUser currentUser) {
		this.reports = reports;
		this.items = items;
		this.documents = documents;
		this.verifications = verifications;
		this.applicants = applicants;
		this.applications = applications;
		this.registrations = registrations;
		this.targets = targets;
		this.numbering = numbering;
		this.calendar = calendar;
		this.reportLetters = reportLetters;
		this.instances = instances;
		this.currentUser = currentUser;
	}

	/**
	 * Adds a refusal for everything the report may not carry: a business that is neither
	 * under assessment nor registered (CHG-1), missing values, a name or head-office
	 * change without the corporate number or, for a business without one, the public
	 * document (CHG-2, CHG-6), a representative change outside an assessment or without
	 * the registry page (CHG-3), an individual number anywhere (CHG-5), a file of a type
	 * not accepted (INT-2). The rules are {@link ChangeReportRules}; this finds whom the
	 * report is about.
	 * @return who the report is about, when it could be found
	 */
	public Optional<Target> check(ChangeRequest request, Rules rules) {
		ChangeReportRules.checkRequest(request, this.calendar.today(), rules);
		Optional<Target> target = this.targets.find(request, rules);
		if (target.isEmpty()) {
			return target;
		}
		ChangeReportRules.checkReportedValues(request, rules);
		Applicant applicant = target.get().applicant();
		ChangeReportRules.checkCorporateNumberOrProof(request, applicant.getCorporateNumber(), applicant.getName(),
				rules);
		ChangeReportRules.checkRepresentative(request, target.get().underAssessment() != null, applicant.getName(),
				rules);
		return target;
	}

	/**
	 * Records a report that passed {@link #check}, with the values on record beside it.
	 */
	@Transactional
	public ChangeReport register(ChangeRequest request, String receivedBy) {
		Rules rules = new Rules();
		Target target = check(request, rules).orElse(null);
		rules.throwIfAny();
		Applicant applicant = target.applicant();
		String number = this.numbering.next("CR", this.calendar.today().getYear(), 4);
		String corporateNumber = (request.corporateNumber() == null || request.corporateNumber().isBlank()) ? null
				: CorporateNumbers.normalize(request.corporateNumber());
		ChangeReport report = this.reports.save(new ChangeReport(number, applicant.getId(),
				(target.underAssessment() != null) ? target.underAssessment().getId() : null,
				(target.registration() != null) ? target.registration().getId() : null, request.channel(),
				request.reportedOn(), request.effectiveOn(), request.kinds(), corporateNumber, request.proofType(),
				blankToNull(request.note()), receivedBy));
		request.reportedValues()
			.forEach((field, value) -> this.items
				.save(new ChangeReportItem(report.getId(), field, applicant.value(field), value)));
		for (ChangeDocumentType type : request.paperDocuments()) {
			this.documents.save(ChangeReportDocument.paper(report.getId(), type, receivedBy));
		}
		for (ChangeRequest.UploadedFile file : request.files()) {
			this.documents.save(ChangeReportDocument.file(report.getId(), file.type(), file.fileName(),
					FileTypes.detect(file.content()), file.content(), receivedBy));
		}
		if (target.underAssessment() != null) {
			this.applications.journal(target.underAssessment().getApplicationNumber(), "CHANGE_REPORTED",
					ChangeReportTexts.received(report), receivedBy);
		}
		return report;
	}

	/** A report that came through the API: recorded, and its verification started. */
	@Transactional
	public ChangeReport receive(ChangeRequest request, String receivedBy) {
		ChangeReport report = register(request, receivedBy);
		this.instances.start(report, this.applicants.get(report.getApplicantId()).getName());
		return report;
	}

	// reception's decisions

	@Transactional
	void verified(ChangeReport report, ChangeReportVerification.Outcome outcome, boolean oldDetailsConfirmed,
			String reason, String by) {
		this.verifications
			.save(new ChangeReportVerification(report.getId(), outcome, oldDetailsConfirmed, blankToNull(reason), by));
	}

	/**
	 * CHG-4: the closed registry certificate arrived on paper; the report is verified
	 * again.
	 */
	@Transactional
	void closedCertificateReceived(ChangeReport report, LocalDate receivedOn, String by) {
		this.documents.save(ChangeReportDocument.paper(report.getId(), ChangeDocumentType.CLOSED_CERTIFICATE, by));
		report.setStatus(ChangeReport.Status.RECEIVED);
		this.reports.save(report);
	}

	// the steps of the BPMN, by the report number (the process's business key)

	/**
	 * CHG-7: the reported values become the record, each change kept with who and when.
	 */
	@Transactional
	public void apply(String reportNumber) {
		ChangeReport report = get(reportNumber);
		Map<ApplicantField, String> values = new LinkedHashMap<>();
		for (ChangeReportItem item : items(report)) {
			values.put(item.getField(), item.getNewValue());
		}
		String actor = this.currentUser.id();
		var made = this.applicants.change(report.getApplicantId(), values, actor, "変更報告 " + report.getReportNumber());
		report.setStatus(ChangeReport.Status.APPLIED);
		this.reports.save(report);
		Applicant applicant = this.applicants.get(report.getApplicantId());
		this.applications.underAssessment(report.getApplicantId()).ifPresent((running) -> {
			this.applications.journal(running.getApplicationNumber(), "CHANGE_APPLIED",
					ChangeReportTexts.applied(report, made), actor);
			this.instances.renameOnAssessment(running.getApplicationNumber(), applicant.getName());
		});
	}

	/** Tells the business its report was applied. */
	@Transactional
	public void notifyApplied(String reportNumber) {
		ChangeReport report = get(reportNumber);
		this.reportLetters.applied(report, changesText(report));
	}

	/** CHG-4: asks for the closed registry certificate. */
	@Transactional
	public void requestClosedCertificate(String reportNumber) {
		ChangeReport report = get(reportNumber);
		report.setStatus(ChangeReport.Status.CERTIFICATE_REQUESTED);
		this.reports.save(report);
		this.reportLetters.closedCertificateRequest(report, lastReason(report).orElse(null));
	}

	/** Sends the report back with the reason. */
	@Transactional
	public void returnReport(String reportNumber) {
		ChangeReport report = get(reportNumber);
		report.setStatus(ChangeReport.Status.RETURNED);
		this.reports.save(report);
		this.reportLetters.returned(report, lastReason(report).orElse(null));
		this.applications.underAssessment(report.getApplicantId())
			.ifPresent((running) -> this.applications.journal(running.getApplicationNumber(), "CHANGE_RETURNED",
					ChangeReportTexts.returned(report), this.currentUser.id()));
	}

	// reading

	public Optional<ChangeReport> find(String reportNumber) {
		return this.reports.findByReportNumber(reportNumber);
	}

	public ChangeReport get(String reportNumber) {
		return find(reportNumber).orElseThrow(() -> new IllegalArgumentException("no change report " + reportNumber));
	}

	public List<ChangeReport> ofApplicant(Long applicantId) {
		return this.reports.findByApplicantIdOrderById(applicantId);
	}

	public List<ChangeReportItem> items(ChangeReport report) {
		return this.items.findByChangeReportIdOrderById(report.getId());
	}

	public List<ChangeReportDocument> documents(ChangeReport report) {
		return this.documents.findByChangeReportIdOrderById(report.getId());
	}

	public List<ChangeReportVerification> verifications(ChangeReport report) {
		return this.verifications.findByChangeReportIdOrderById(report.getId());
	}

	/** The report at a glance, for the forms. */
	@Transactional(readOnly = true)
	public String summary(ChangeReport report) {
		return ChangeReportTexts.summary(report, this.applicants.get(report.getApplicantId()),
				(report.getRegistrationId() != null) ? this.registrations.get(report.getRegistrationId()) : null,
				(report.getApplicationId() != null) ? this.applications.get(report.getApplicationId()) : null);
	}

	/** "代表者氏名：山田 太郎 → 鈴木 次郎", one line per field. */
	@Transactional(readOnly = true)
	public String changesText(ChangeReport report) {
		return ChangeReportTexts.changes(items(report));
	}

	/** What reception gave as its reason last, if anything. */
	Optional<String> lastReason(ChangeReport report) {
		List<ChangeReportVerification> list = verifications(report);
		return list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.get(list.size() - 1).getReason());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
