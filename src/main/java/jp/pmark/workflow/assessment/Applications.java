package jp.pmark.workflow.assessment;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.hibernate.Session;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The applications and their journal, as every later stage reads and moves them: status,
 * suspension, the earlier assessment, and the case summary every form shows.
 */
@Service
public class Applications {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final ApplicationRepository applications;

	private final ApplicationEventRepository events;

	private final ObjectProvider<CaseNotes> notes;

	private final EntityManager entityManager;

	Applications(ApplicationRepository applications, ApplicationEventRepository events, ObjectProvider<CaseNotes> notes,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.applications = applications;
		this.events = events;
		this.notes = notes;
	}

	/**
	 * Records an application intake has received (INT-1), under the number it took, in
	 * status RECEIVED.
	 */
	@Transactional
	public Application record(String applicationNumber, Applicant applicant, ApplicationKind kind, Channel channel,
			LocalDate appliedOn, boolean assessmentRequested, boolean consentGiven,
			LocalDate registryCertificateIssuedOn, String receivedBy) {
		return this.applications.save(new Application(applicationNumber, applicant, kind, channel, appliedOn,
				assessmentRequested, consentGiven, registryCertificateIssuedOn, receivedBy));
	}

	/**
	 * REN-4, REN-5: a renewal application renews this registration, granted by that
	 * earlier application; INT-7: whether anything changed since the last contract.
	 */
	@Transactional
	public void recordRenewal(Application renewal, Long registrationId, Long earlierApplicationId,
			boolean changesSinceLastContract) {
		renewal.setRenewal(registrationId, this.applications.findById(earlierApplicationId).orElse(null),
				changesSinceLastContract);
		this.applications.save(renewal);
	}

	/**
	 * INT-3, INT-6: what the receipt check found on paper: the registry certificate's
	 * issue date and the two declarations.
	 */
	@Transactional
	public void recordReceiptCheck(Application application, LocalDate registryCertificateIssuedOn,
			boolean assessmentRequested, boolean consentGiven) {
		application.setRegistryCertificateIssuedOn(registryCertificateIssuedOn);
		application.setDeclarations(assessmentRequested, consentGiven);
		this.applications.save(application);
	}

	/**
	 * The application by its number: from the transaction's persistence context when it
	 * was loaded there already (a task's form shows the case through several lookups).
	 */
	public Optional<Application> find(String applicationNumber) {
		if (applicationNumber == null) {
			return Optional.empty();
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// no transaction, no persistence context to look in
			return this.applications.findByApplicationNumber(applicationNumber);
		}
		return this.entityManager.unwrap(Session.class)
			.bySimpleNaturalId(Application.class)
			.loadOptional(applicationNumber);
	}

	public Application get(String applicationNumber) {
		return find(applicationNumber)
			.orElseThrow(() -> new IllegalArgumentException("no application " + applicationNumber));
	}

	/**
	 * The application, locked until the transaction ends: two requests about one case
	 * arriving at the same moment (the same report sent twice) are handled one after the
	 * other, so that the second sees what the first did.
	 */
	public Application lock(String applicationNumber) {
		return this.applications.lockByApplicationNumber(applicationNumber)
			.orElseThrow(() -> new RuleViolationException(
					RuleViolation.of("applicationNumber", RuleId.GEN_2, "there-no-application", applicationNumber)));
	}

	public Application get(Long id) {
		return this.applications.findById(id).orElseThrow(() -> new IllegalArgumentException("no application " + id));
	}

	/**
	 * The application of the business whose assessment has not ended, if any: the
	 * business is "under assessment" from its application until its registration (CHG-1).
	 */
	public Optional<Application> underAssessment(Long applicantId) {
		return this.applications.findByApplicantIdOrderByIdDesc(applicantId)
			.stream()
			.filter((application) -> !application.getStatus().isConcluded())
			.findFirst();
	}

	/**
	 * The other applications of the same business, the latest first (INT-13: the
	 * screening shows them).
	 */
	public List<Application> othersOfApplicant(Application application) {
		return this.applications.findEarlier(application.getApplicant().getId(), application.getId());
	}

	/** The applications of a business, the latest first. */
	public List<Application> ofApplicant(Long applicantId) {
		return this.applications.findByApplicantIdOrderByIdDesc(applicantId);
	}

	/** REN-5: the renewal applications made for a registration, the latest first. */
	public List<Application> renewalsOf(Long registrationId) {
		return this.applications.findByRenewalOfRegistrationIdOrderByIdDesc(registrationId);
	}

	/** Moves the application to a status and writes it in the journal. */
	@Transactional
	public void setStatus(String applicationNumber, ApplicationStatus status, String actor, String detail) {
		Application application = get(applicationNumber);
		application.setStatus(status);
		this.events.save(new ApplicationEvent(application.getId(), actor, status.name(),
				status.japaneseName() + ((detail == null || detail.isBlank()) ? "" : "：" + detail)));
	}

	/**
	 * FEE-5: suspends or resumes the assessment, visibly, with the reason in the journal.
	 */
	@Transactional
	public void setSuspended(String applicationNumber, boolean suspended, String actor, String detail) {
		Application application = get(applicationNumber);
		application.setSuspended(suspended);
		this.events.save(new ApplicationEvent(application.getId(), actor, suspended ? "SUSPENDED" : "RESUMED",
				(suspended ? "審査中断：" : "審査再開：") + detail));
	}

	/** FEE-7: records the size class and the standard on-site audit hours. */
	@Transactional
	public void setSizeClass(String applicationNumber, String sizeClass, int standardOnsiteHours) {
		get(applicationNumber).setSizeClass(sizeClass, standardOnsiteHours);
	}

	/** Writes an entry in the case journal (GEN-1). */
	@Transactional
	public void journal(String applicationNumber, String event, String detail, String actor) {
		journal(get(applicationNumber), event, detail, actor);
	}

	/** Writes an entry in the journal of an application at hand (GEN-1). */
	@Transactional
	public void journal(Application application, String event, String detail, String actor) {
		this.events.save(new ApplicationEvent(application.getId(), actor, event, detail));
	}

	public List<ApplicationEvent> journal(String applicationNumber) {
		return this.events.findByApplicationIdOrderById(get(applicationNumber).getId());
	}

	/** The earlier application of the same business, if any (FND-2 iv, REN-5). */
	public Optional<Application> earlierAssessment(String applicationNumber) {
		Application application = get(applicationNumber);
		if (application.getPreviousApplication() != null) {
			// by id: the lazy reference would not load outside a transaction
			return this.applications.findById(application.getPreviousApplication().getId());
		}
		return this.applications.findEarlier(application.getApplicant().getId(), application.getId())
			.stream()
			.filter((earlier) -> earlier.getStatus() == ApplicationStatus.REGISTERED
					|| earlier.getStatus() == ApplicationStatus.ELIGIBLE
					|| earlier.getStatus() == ApplicationStatus.REPORTED_TO_JIPDEC
					|| earlier.getStatus() == ApplicationStatus.DENIED)
			.findFirst();
	}

	/** The case summary every form shows at its top, read-only. */
	@Transactional(readOnly = true)
	public String caseSummary(String applicationNumber) {
		Application application = get(applicationNumber);
		Applicant applicant = application.getApplicant();
		NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
		StringBuilder text = new StringBuilder();
		line(text, "申請番号", application.getApplicationNumber() + "（" + application.getKind().japaneseName() + "・"
				+ application.getChannel().japaneseName() + "）");
		line(text, "申請者", applicant.getName() + ((applicant.getCorporateNumber() != null)
				? "（法人番号 " + applicant.getCorporateNumber() + "）" : "（法人番号なし）"));
		if (applicant.isNameNeedsReview()) {
			line(text, "要確認", "事業者名にJIS第1・第2水準にない文字があります（原文: " + applicant.getNameOriginal() + "）");
		}
		else if (!applicant.getName().equals(applicant.getNameOriginal())) {
			line(text, "原文の事業者名", applicant.getNameOriginal());
		}
		line(text, "本店所在地", join(applicant.getPostalCode(), applicant.getAddress()));
		line(text, "代表者", join(applicant.getRepresentativeTitle(), applicant.getRepresentativeName()));
		line(text, "申請担当者", join(applicant.getContactDepartment(), applicant.getContactName()) + "（"
				+ join(applicant.getContactPhone(), applicant.getContactEmail()) + "）");
		String capital = (applicant.getCapitalYen() == null) ? "資本金なし"
				: "資本金 " + yen.format(applicant.getCapitalYen()) + "円";
		line(text, "業種・規模", ((applicant.getIndustry() != null) ? applicant.getIndustry().japaneseName() : "未記入") + "、"
				+ capital + "、従業者 " + applicant.getHeadcount() + "名（常勤の従業者・役員 " + applicant.getFullTimeStaff() + "名）"
				+ ((application.getSizeClass() != null) ? " → " + sizeClassName(application.getSizeClass()) : ""));
		line(text, "申請日・受付", application.getAppliedOn() + "／" + DATE_TIME.format(application.getReceivedAt()));
		line(text, "状態", application.getStatus().japaneseName() + (application.isSuspended() ? "（料金未納のため中断中）" : ""));
		this.notes.orderedStream()
			.flatMap((source) -> source.notes(application).stream())
			.forEach((note) -> text.append(note).append('\n'));
		return text.toString().stripTrailing();
	}

	public static String sizeClassName(String sizeClass) {
		return switch (sizeClass) {
			case "SMALL" -> "小規模";
			case "MEDIUM" -> "中規模";
			case "LARGE" -> "大規模";
			default -> sizeClass;
		};
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append(label).append("：").append((value == null) ? "" : value).append('\n');
	}

	private static String join(String first, String second) {
		if (first == null || first.isBlank()) {
			return (second == null) ? "" : second;
		}
		return (second == null || second.isBlank()) ? first : first + " " + second;
	}

}
