package jp.pmark.workflow.change;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.engine.EngineCalls;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.FileTypes;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.Registrations;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

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

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final Letters letters;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	private final CurrentUser currentUser;

	ChangeReports(ChangeReportRepository reports, ChangeReportItemRepository items,
			ChangeReportDocumentRepository documents, ChangeReportVerificationRepository verifications,
			ApplicantService applicants, Applications applications, Registrations registrations, Numbering numbering,
			JapaneseBusinessCalendar calendar, Letters letters, RuntimeService runtimeService, EngineCalls engineCalls,
			CurrentUser currentUser) {
		this.reports = reports;
		this.items = items;
		this.documents = documents;
		this.verifications = verifications;
		this.applicants = applicants;
		this.applications = applications;
		this.registrations = registrations;
		this.numbering = numbering;
		this.calendar = calendar;
		this.letters = letters;
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
		this.currentUser = currentUser;
	}

	/**
	 * Adds a refusal for everything the report may not carry: a business that is neither
	 * under assessment nor registered (CHG-1), missing values, a name or head-office
	 * change without the corporate number or, for a business without one, the public
	 * document (CHG-2, CHG-6), a representative change outside an assessment or without
	 * the registry page (CHG-3), an individual number anywhere (CHG-5), a file of a type
	 * not accepted (INT-2).
	 * @return who the report is about, when it could be found
	 */
	public Optional<Target> check(ChangeRequest request, Rules rules) {
		rules.require(request.channel() != null, "channel", RuleId.GEN_2, "choose-how-report-arrived");
		rules.require(request.reportedOn() != null, "reportedOn", RuleId.GEN_2, "enter-date-report");
		if (request.reportedOn() != null) {
			rules.require(!request.reportedOn().isAfter(this.calendar.today()), "reportedOn", RuleId.GEN_2,
					"report-date-cannot-future");
		}
		rules.require(!request.kinds().isEmpty(), "kinds", RuleId.CHG_1, "choose-least-one-kind-change");
		checkTexts(request, rules);
		for (ChangeRequest.UploadedFile file : request.files()) {
			rules.add(FileTypes.check(file.field(), file.fileName(), file.content()));
		}
		Optional<Target> target = target(request, rules);
		if (target.isEmpty()) {
			return target;
		}
		Map<ApplicantField, String> reported = request.reportedValues();
		for (ChangeKind kind : request.kinds()) {
			for (ApplicantField field : kind.required()) {
				rules.require(reported.containsKey(field), ChangeRequest.FIELD_KEYS.get(field), RuleId.CHG_1,
						"enter-new", field.japaneseName(), field.name().toLowerCase(java.util.Locale.ROOT));
			}
			if (kind == ChangeKind.CONTACT) {
				rules.require(kind.fields().stream().anyMatch(reported::containsKey), "newContactName", RuleId.CHG_1,
						"enter-least-one-new-contact");
			}
		}
		Applicant applicant = target.get().applicant();
		if (request.kinds().stream().anyMatch(ChangeKind::needsCorporateNumber)) {
			checkCorporateNumberOrProof(request, applicant, rules);
		}
		if (request.kinds().contains(ChangeKind.REPRESENTATIVE)) {
			rules.require(target.get().underAssessment() != null, "kinds", RuleId.CHG_3,
					"representative-change-reported-only", applicant.getName());
			rules.require(request.carries(ChangeDocumentType.REGISTRY_PAGE), "registryPage", RuleId.CHG_3,
					"representative-change-needs-registry");
		}
		return target;
	}

	private void checkTexts(ChangeRequest request, Rules rules) {
		request.values()
			.forEach((field, value) -> rules
				.add(IndividualNumbers.check(ChangeRequest.FIELD_KEYS.getOrDefault(field, field.name()), value)));
		rules.add(IndividualNumbers.check("note", request.note()));
		String email = request.values().get(ApplicantField.CONTACT_EMAIL);
		if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			rules.refuse("newContactEmail", RuleId.GEN_2, "e-mail-address-not-valid");
		}
		for (ApplicantField field : List.of(ApplicantField.POSTAL_CODE, ApplicantField.CONTACT_POSTAL_CODE)) {
			String code = request.values().get(field);
			if (code != null && !code.isBlank() && !code.trim().matches("[0-9０-９]{3}[-－ー]?[0-9０-９]{4}")) {
				rules.refuse(ChangeRequest.FIELD_KEYS.get(field), RuleId.GEN_2, "postal-code-digits-short");
			}
		}
	}

	private void checkCorporateNumberOrProof(ChangeRequest request, Applicant applicant, Rules rules) {
		String given = request.corporateNumber();
		boolean hasGiven = given != null && !given.isBlank();
		if (hasGiven) {
			int before = rules.violations().size();
			rules.add(CorporateNumbers.check("corporateNumber", given));
			if (rules.violations().size() == before && applicant.getCorporateNumber() != null) {
				rules.require(applicant.getCorporateNumber().equals(CorporateNumbers.normalize(given)),
						"corporateNumber", RuleId.CHG_2, "corporate-number-not-business", applicant.getName(),
						applicant.getCorporateNumber());
			}
			return;
		}
		if (applicant.getCorporateNumber() != null) {
			rules.refuse("corporateNumber", RuleId.CHG_2, "corporate-number-needed");
			return;
		}
		rules.require(request.proofType() != null && request.carries(ChangeDocumentType.PROOF), "proof", RuleId.CHG_2,
				"business-without-corporate-number");
	}

	private Optional<Target> target(ChangeRequest request, Rules rules) {
		Registration registration = null;
		Applicant applicant;
		String registrationNumber = blankToNull(request.registrationNumber());
		String applicationNumber = blankToNull(request.applicationNumber());
		if (registrationNumber != null) {
			Optional<Registration> found = this.registrations.find(registrationNumber);
			if (found.isEmpty()) {
				rules.refuse("registrationNumber", RuleId.CHG_1, "no-registration", registrationNumber);
				return Optional.empty();
			}
			registration = found.get();
			applicant = this.applicants.get(registration.getApplicantId());
		}
		else if (applicationNumber != null) {
			Optional<Application> found = this.applications.find(applicationNumber);
			if (found.isEmpty()) {
				rules.refuse("applicationNumber", RuleId.CHG_1, "no-application", applicationNumber);
				return Optional.empty();
			}
			applicant = found.get().getApplicant();
		}
		else {
			rules.refuse("registrationNumber", RuleId.CHG_1, "give-registration-number-application");
			return Optional.empty();
		}
		Application underAssessment = this.applications.underAssessment(applicant.getId()).orElse(null);
		if (registration == null || !registration.getStatus().isValid()) {
			registration = this.registrations.ofApplicant(applicant.getId())
				.stream()
				.filter((candidate) -> candidate.getStatus().isValid())
				.findFirst()
				.orElse(null);
		}
		if (underAssessment == null && registration == null) {
			rules.refuse((registrationNumber != null) ? "registrationNumber" : "applicationNumber", RuleId.CHG_1,
					"business-neither-under-assessment", applicant.getName());
			return Optional.empty();
		}
		return Optional.of(new Target(applicant, underAssessment, registration));
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
					"変更報告 " + number + "（" + report.kindNames() + "）を受け付けました", receivedBy);
		}
		return report;
	}

	/** A report that came through the API: recorded, and its verification started. */
	@Transactional
	public ChangeReport receive(ChangeRequest request, String receivedBy) {
		ChangeReport report = register(request, receivedBy);
		Applicant applicant = this.applicants.get(report.getApplicantId());
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.startProcessInstanceByKey(ChangeReportProcess.KEY, report.getReportNumber(),
						Map.of(ChangeReportProcess.VAR_REPORT_NUMBER, report.getReportNumber(),
								ChangeReportProcess.VAR_APPLICANT_NAME, applicant.getName(),
								ChangeReportProcess.VAR_KINDS, report.kindNames())));
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

	// the steps of the BPMN

	/**
	 * CHG-7: the reported values become the record, each change kept with who and when.
	 */
	@Transactional
	public void apply(DelegateExecution execution) {
		ChangeReport report = get(execution.getProcessBusinessKey());
		Map<ApplicantField, String> values = new LinkedHashMap<>();
		for (ChangeReportItem item : items(report)) {
			values.put(item.getField(), item.getNewValue());
		}
		String actor = this.currentUser.id();
		var made = this.applicants.change(report.getApplicantId(), values, actor, "変更報告 " + report.getReportNumber());
		report.setStatus(ChangeReport.Status.APPLIED);
		this.reports.save(report);
		Applicant applicant = this.applicants.get(report.getApplicantId());
		String detail = made.stream()
			.map((change) -> change.getField().japaneseName() + "：" + orNone(change.getOldValue()) + " → "
					+ orNone(change.getNewValue()))
			.collect(Collectors.joining("、"));
		this.applications.underAssessment(report.getApplicantId()).ifPresent((running) -> {
			this.applications.journal(running.getApplicationNumber(), "CHANGE_APPLIED",
					"変更報告 " + report.getReportNumber() + " を反映しました（" + detail + "）", actor);
			// Tasklist shows the business's name on every task of the assessment
			this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(AssessmentProcess.KEY)
				.processInstanceBusinessKey(running.getApplicationNumber())
				.list()
				.forEach((instance) -> this.runtimeService.setVariable(instance.getId(),
						AssessmentProcess.VAR_APPLICANT_NAME, applicant.getName())));
		});
	}

	/** Tells the business its report was applied. */
	@Transactional
	public void notifyApplied(DelegateExecution execution) {
		ChangeReport report = get(execution.getProcessBusinessKey());
		Map<String, Object> contents = header(report);
		contents.put("変更内容", changesText(report));
		contents.put("本文", "ご報告いただいた変更を当センターの記録に反映しました。");
		letter(report, "CHANGE_APPLIED", "プライバシーマーク付与に係る変更報告の受付について", contents);
	}

	/** CHG-4: asks for the closed registry certificate. */
	@Transactional
	public void requestClosedCertificate(DelegateExecution execution) {
		ChangeReport report = get(execution.getProcessBusinessKey());
		report.setStatus(ChangeReport.Status.CERTIFICATE_REQUESTED);
		this.reports.save(report);
		Map<String, Object> contents = header(report);
		contents.put("本文", "国税庁の法人番号公表サイトで旧商号・旧本店所在地を確認できませんでしたので、閉鎖事項証明書のコピーをご提出ください。");
		lastReason(report).ifPresent((reason) -> contents.put("確認の結果", reason));
		letter(report, "CLOSED_CERTIFICATE_REQUEST", "閉鎖事項証明書のご提出のお願い", contents);
	}

	/** Sends the report back with the reason. */
	@Transactional
	public void returnReport(DelegateExecution execution) {
		ChangeReport report = get(execution.getProcessBusinessKey());
		report.setStatus(ChangeReport.Status.RETURNED);
		this.reports.save(report);
		Map<String, Object> contents = header(report);
		contents.put("差戻しの理由", lastReason(report).orElse(""));
		contents.put("本文", "ご報告の内容を記録に反映できませんでしたので、理由をご確認のうえ、あらためてご報告ください。");
		letter(report, "CHANGE_RETURNED", "プライバシーマーク付与に係る変更報告の差戻しについて", contents);
		this.applications.underAssessment(report.getApplicantId())
			.ifPresent((running) -> this.applications.journal(running.getApplicationNumber(), "CHANGE_RETURNED",
					"変更報告 " + report.getReportNumber() + " を差し戻しました", this.currentUser.id()));
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
		Applicant applicant = this.applicants.get(report.getApplicantId());
		StringBuilder text = new StringBuilder();
		text.append("報告番号：")
			.append(report.getReportNumber())
			.append("（")
			.append(report.getChannel().japaneseName())
			.append("）\n");
		text.append("事業者：")
			.append(applicant.getName())
			.append((applicant.getCorporateNumber() != null) ? "（法人番号 " + applicant.getCorporateNumber() + "）"
					: "（法人番号なし）")
			.append('\n');
		if (report.getRegistrationId() != null) {
			Registration registration = this.registrations.get(report.getRegistrationId());
			text.append("登録：")
				.append(registration.getRegistrationNumber())
				.append("（")
				.append(registration.getStatus().japaneseName())
				.append("）\n");
		}
		if (report.getApplicationId() != null) {
			Application application = this.applications.get(report.getApplicationId());
			text.append("審査中の申請：")
				.append(application.getApplicationNumber())
				.append("（")
				.append(application.getStatus().japaneseName())
				.append("）\n");
		}
		text.append("変更事項：").append(report.kindNames()).append('\n');
		text.append("報告日：").append(report.getReportedOn());
		if (report.getEffectiveOn() != null) {
			text.append("／変更日：").append(report.getEffectiveOn());
		}
		text.append('\n');
		if (report.getCorporateNumberGiven() != null) {
			text.append("報告された法人番号：").append(report.getCorporateNumberGiven()).append('\n');
		}
		if (report.getNote() != null) {
			text.append("備考：").append(report.getNote()).append('\n');
		}
		text.append("状態：").append(report.getStatus().japaneseName());
		return text.toString();
	}

	/** "代表者氏名：山田 太郎 → 鈴木 次郎", one line per field. */
	@Transactional(readOnly = true)
	public String changesText(ChangeReport report) {
		return items(report).stream()
			.map((item) -> item.getField().japaneseName() + "：" + orNone(item.getOldValue()) + " → "
					+ item.getNewValue())
			.collect(Collectors.joining("\n"));
	}

	@Transactional(readOnly = true)
	public String documentsText(ChangeReport report) {
		List<ChangeReportDocument> list = documents(report);
		return list.isEmpty() ? "（添付書類なし）"
				: list.stream().map(ChangeReportDocument::describe).collect(Collectors.joining("\n"));
	}

	private Optional<String> lastReason(ChangeReport report) {
		List<ChangeReportVerification> list = verifications(report);
		return list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.get(list.size() - 1).getReason());
	}

	private Map<String, Object> header(ChangeReport report) {
		Applicant applicant = this.applicants.get(report.getApplicantId());
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("報告番号", report.getReportNumber());
		contents.put("事業者名", applicant.getName());
		contents.put("変更事項", report.kindNames());
		contents.put("報告日", report.getReportedOn().toString());
		return contents;
	}

	private void letter(ChangeReport report, String kind, String title, Map<String, Object> contents) {
		Applicant applicant = this.applicants.get(report.getApplicantId());
		this.letters.record(report.getApplicationId(), report.getReportNumber(), kind, title, applicant.recipient(),
				contents, this.currentUser.id());
	}

	private static String orNone(String value) {
		return (value == null || value.isBlank()) ? "（なし）" : value;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
