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
		rules.require(request.channel() != null, "channel", "GEN-2", "受付方法を選んでください。", "Choose how the report arrived.");
		rules.require(request.reportedOn() != null, "reportedOn", "GEN-2", "報告日を入力してください。",
				"Enter the date of the report.");
		if (request.reportedOn() != null) {
			rules.require(!request.reportedOn().isAfter(this.calendar.today()), "reportedOn", "GEN-2",
					"報告日に未来の日付は入力できません。", "The report date cannot be in the future.");
		}
		rules.require(!request.kinds().isEmpty(), "kinds", "CHG-1", "変更事項を1つ以上選んでください。",
				"Choose at least one kind of change.");
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
				rules.require(reported.containsKey(field), ChangeRequest.FIELD_KEYS.get(field), "CHG-1",
						"新しい「" + field.japaneseName() + "」を入力してください。",
						"Enter the new " + field.name().toLowerCase(java.util.Locale.ROOT) + ".");
			}
			if (kind == ChangeKind.CONTACT) {
				rules.require(kind.fields().stream().anyMatch(reported::containsKey), "newContactName", "CHG-1",
						"新しい申請担当者または連絡先を1つ以上入力してください。", "Enter at least one new contact detail.");
			}
		}
		Applicant applicant = target.get().applicant();
		if (request.kinds().stream().anyMatch(ChangeKind::needsCorporateNumber)) {
			checkCorporateNumberOrProof(request, applicant, rules);
		}
		if (request.kinds().contains(ChangeKind.REPRESENTATIVE)) {
			rules.require(target.get().underAssessment() != null, "kinds", "CHG-3",
					"代表者の変更の報告は審査中（申請から付与契約まで）に限り必要です。" + applicant.getName() + " は現在審査中ではありません。",
					"A representative change is reported only while under assessment.");
			rules.require(request.carries(ChangeDocumentType.REGISTRY_PAGE), "registryPage", "CHG-3",
					"代表者の変更には、登記事項証明書の代表者の氏名が確認できるページのコピーが必要です。",
					"A representative change needs the registry page with the representative's name.");
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
			rules.refuse("newContactEmail", "GEN-2", "メールアドレスの形式が正しくありません。", "The e-mail address is not valid.");
		}
		for (ApplicantField field : List.of(ApplicantField.POSTAL_CODE, ApplicantField.CONTACT_POSTAL_CODE)) {
			String code = request.values().get(field);
			if (code != null && !code.isBlank() && !code.trim().matches("[0-9０-９]{3}[-－ー]?[0-9０-９]{4}")) {
				rules.refuse(ChangeRequest.FIELD_KEYS.get(field), "GEN-2", "郵便番号は7桁（例：105-0004）で入力してください。",
						"A postal code is 7 digits, e.g. 105-0004.");
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
						"corporateNumber", "CHG-2",
						"法人番号が " + applicant.getName() + " の法人番号（" + applicant.getCorporateNumber() + "）と一致しません。",
						"The corporate number is not the business's.");
			}
			return;
		}
		if (applicant.getCorporateNumber() != null) {
			rules.refuse("corporateNumber", "CHG-2", "事業者名・本店所在地の変更には法人番号の記入が必要です（登記事項証明書の添付は不要です）。",
					"A name or head-office change must carry the corporate number.");
			return;
		}
		rules.require(request.proofType() != null && request.carries(ChangeDocumentType.PROOF), "proof", "CHG-2",
				"法人番号のない事業者は、新旧の登録情報が確認できる公的機関の受付印のある証憑（税務署に提出した個人事業の開廃業等届出書、または日本年金機構に提出した適用事業所名称／所在地変更届の控え）のコピーを添付してください。",
				"A business without a corporate number attaches a public document showing the old and new details.");
	}

	private Optional<Target> target(ChangeRequest request, Rules rules) {
		Registration registration = null;
		Applicant applicant;
		String registrationNumber = blankToNull(request.registrationNumber());
		String applicationNumber = blankToNull(request.applicationNumber());
		if (registrationNumber != null) {
			Optional<Registration> found = this.registrations.find(registrationNumber);
			if (found.isEmpty()) {
				rules.refuse("registrationNumber", "CHG-1", "登録番号 " + registrationNumber + " の登録は見つかりません。",
						"No registration " + registrationNumber + ".");
				return Optional.empty();
			}
			registration = found.get();
			applicant = this.applicants.get(registration.getApplicantId());
		}
		else if (applicationNumber != null) {
			Optional<Application> found = this.applications.find(applicationNumber);
			if (found.isEmpty()) {
				rules.refuse("applicationNumber", "CHG-1", "申請番号 " + applicationNumber + " の申請は見つかりません。",
						"No application " + applicationNumber + ".");
				return Optional.empty();
			}
			applicant = found.get().getApplicant();
		}
		else {
			rules.refuse("registrationNumber", "CHG-1", "登録番号（登録中の事業者）または申請番号（審査中の事業者）を入力してください。",
					"Give the registration number or the application number.");
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
			rules.refuse((registrationNumber != null) ? "registrationNumber" : "applicationNumber", "CHG-1",
					applicant.getName() + " は審査中でも登録中でもありません。変更報告は申請から登録の終了までに行うものです。",
					"The business is neither under assessment nor registered.");
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
