package jp.pmark.workflow.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.CaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 事故の報告: the facts a business reported (INC-1, INC-7), the deadlines the decision table
 * gave (INC-2, INC-3), the notice to JIPDEC of likely secondary damage (INC-5) and the
 * committee's measure (INC-6). Its header (id, business, registration, application,
 * version) is the {@link CaseRecord} every case shares.
 * <p>
 * Over 300 lines because it maps one table of some forty columns, each with its getter;
 * it holds no rule of its own: the deadlines come from {@link ReportDeadlines}, the
 * suspension's days from {@link MeasureRules}.
 */
@Entity
@Table(name = "incident")
public class Incident extends CaseRecord {

	/** Where the incident stands. */
	public enum State {

		WAITING_FOR_REPORTS("報告待ち"), JUDGING("審議中"), SUSPENSION("一時停止中"), CLOSED("終了");

		private final String japaneseName;

		State(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	@Column(name = "incident_number", nullable = false)
	private String incidentNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "reporter_status", nullable = false)
	private ReporterStatus reporterStatus;

	@Column(name = "business_name", nullable = false)
	private String businessName;

	@Column(name = "corporate_number")
	private String corporateNumber;

	@Column(name = "discovered_on", nullable = false)
	private LocalDate discoveredOn;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false)
	private IncidentCategory category;

	@Column(name = "suspected_only", nullable = false)
	private boolean suspectedOnly;

	@Column(name = "persons_affected", nullable = false)
	private int personsAffected;

	@Column(name = "sensitive", nullable = false)
	private boolean sensitive;

	@Column(name = "specific_personal", nullable = false)
	private boolean specificPersonal;

	@Column(name = "specific_persons", nullable = false)
	private int specificPersons;

	@Column(name = "network_system", nullable = false)
	private boolean networkSystem;

	@Column(name = "viewed_by_unspecified", nullable = false)
	private boolean viewedByUnspecified;

	@Column(name = "malicious", nullable = false)
	private boolean malicious;

	@Column(name = "financial_damage", nullable = false)
	private boolean financialDamage;

	@Column(name = "serious_violation", nullable = false)
	private boolean seriousViolation;

	@Column(name = "secondary_damage_likely", nullable = false)
	private boolean secondaryDamageLikely;

	@Column(name = "summary", nullable = false)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false)
	private Channel channel;

	@Column(name = "prompt_report_due", nullable = false)
	private boolean promptReportDue;

	@Column(name = "prompt_triggers")
	private String promptTriggers;

	@Column(name = "prompt_reasons")
	private String promptReasons;

	@Column(name = "prompt_due_on")
	private LocalDate promptDueOn;

	@Column(name = "final_report_days", nullable = false)
	private int finalReportDays;

	@Column(name = "final_due_on", nullable = false)
	private LocalDate finalDueOn;

	@Column(name = "jipdec_notified_at")
	private Instant jipdecNotifiedAt;

	@Column(name = "jipdec_notified_by")
	private String jipdecNotifiedBy;

	@Column(name = "jipdec_notice")
	private String jipdecNotice;

	@Column(name = "level_text")
	private String levelText;

	@Enumerated(EnumType.STRING)
	@Column(name = "measure")
	private IncidentMeasure measure;

	@Column(name = "suspension_months")
	private Integer suspensionMonths;

	@Column(name = "suspension_from")
	private LocalDate suspensionFrom;

	@Column(name = "suspension_until")
	private LocalDate suspensionUntil;

	@Column(name = "committee_meeting")
	private String committeeMeeting;

	@Column(name = "outside_experts")
	private String outsideExperts;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "decided_by")
	private String decidedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false)
	private State state;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "received_by")
	private String receivedBy;

	protected Incident() {
	}

	Incident(String incidentNumber, IncidentRequest request, Long applicantId, Long registrationId, Long applicationId,
			String businessName, String corporateNumber, String receivedBy) {
		super(applicantId, registrationId, applicationId);
		this.incidentNumber = incidentNumber;
		this.reporterStatus = request.reporterStatus();
		this.businessName = businessName;
		this.corporateNumber = corporateNumber;
		this.discoveredOn = request.discoveredOn();
		this.occurredOn = request.occurredOn();
		this.category = request.category();
		this.suspectedOnly = request.suspectedOnly();
		this.personsAffected = (request.personsAffected() == null) ? 0 : request.personsAffected();
		this.sensitive = request.sensitive();
		this.specificPersonal = request.specificPersonal();
		this.specificPersons = (request.specificPersons() == null) ? 0 : request.specificPersons();
		this.networkSystem = request.networkSystem();
		this.viewedByUnspecified = request.viewedByUnspecified();
		this.malicious = request.malicious();
		this.financialDamage = request.financialDamage();
		this.seriousViolation = request.seriousViolation();
		this.secondaryDamageLikely = request.secondaryDamageLikely();
		this.summary = request.summary().trim();
		this.channel = request.channel();
		this.finalReportDays = ReportDeadlines.FINAL_REPORT_DAYS;
		this.finalDueOn = ReportDeadlines.dueOn(request.discoveredOn(), ReportDeadlines.FINAL_REPORT_DAYS);
		this.state = State.WAITING_FOR_REPORTS;
		this.receivedAt = Instant.now();
		this.receivedBy = receivedBy;
	}

	/** INC-2, INC-3: what the decision table said, and the days it gives. */
	void assessed(IncidentTriggers.Result result, int promptReportDays) {
		this.promptReportDue = result.promptReportDue();
		this.promptTriggers = result.promptReportDue() ? String.join(",", result.triggers()) : null;
		this.promptReasons = result.promptReportDue() ? String.join("\n", result.reasons()) : null;
		this.promptDueOn = result.promptReportDue() ? ReportDeadlines.dueOn(this.discoveredOn, promptReportDays) : null;
		this.finalReportDays = result.finalReportDays();
		this.finalDueOn = ReportDeadlines.dueOn(this.discoveredOn, result.finalReportDays());
	}

	/** INC-5: the body told JIPDEC of the likely secondary damage. */
	void jipdecNotified(Instant at, String by, String notice) {
		this.jipdecNotifiedAt = at;
		this.jipdecNotifiedBy = by;
		this.jipdecNotice = notice;
	}

	/** INC-6: the committee's judgement. */
	void judged(String levelText, IncidentMeasure measure, Integer suspensionMonths, String committeeMeeting,
			String outsideExperts, String decisionReason, LocalDate decidedOn, String decidedBy) {
		this.levelText = levelText;
		this.measure = measure;
		this.suspensionMonths = (measure == IncidentMeasure.SUSPENSION) ? suspensionMonths : null;
		if (measure == IncidentMeasure.SUSPENSION) {
			this.suspensionFrom = decidedOn;
			this.suspensionUntil = MeasureRules.suspensionUntil(decidedOn, suspensionMonths);
		}
		this.committeeMeeting = committeeMeeting;
		this.outsideExperts = outsideExperts;
		this.decisionReason = decisionReason;
		this.decidedOn = decidedOn;
		this.decidedBy = decidedBy;
	}

	void setState(State state) {
		this.state = state;
	}

	/** The codes of the prompt-report triggers that apply, in the table's order. */
	public List<String> promptTriggerCodes() {
		return (this.promptTriggers == null) ? List.of() : Arrays.asList(this.promptTriggers.split(","));
	}

	public String getIncidentNumber() {
		return this.incidentNumber;
	}

	public ReporterStatus getReporterStatus() {
		return this.reporterStatus;
	}

	public String getBusinessName() {
		return this.businessName;
	}

	public String getCorporateNumber() {
		return this.corporateNumber;
	}

	public LocalDate getDiscoveredOn() {
		return this.discoveredOn;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public IncidentCategory getCategory() {
		return this.category;
	}

	public boolean isSuspectedOnly() {
		return this.suspectedOnly;
	}

	public int getPersonsAffected() {
		return this.personsAffected;
	}

	public boolean isSensitive() {
		return this.sensitive;
	}

	public boolean isSpecificPersonal() {
		return this.specificPersonal;
	}

	public int getSpecificPersons() {
		return this.specificPersons;
	}

	public boolean isNetworkSystem() {
		return this.networkSystem;
	}

	public boolean isViewedByUnspecified() {
		return this.viewedByUnspecified;
	}

	public boolean isMalicious() {
		return this.malicious;
	}

	public boolean isFinancialDamage() {
		return this.financialDamage;
	}

	public boolean isSeriousViolation() {
		return this.seriousViolation;
	}

	public boolean isSecondaryDamageLikely() {
		return this.secondaryDamageLikely;
	}

	public String getSummary() {
		return this.summary;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public boolean isPromptReportDue() {
		return this.promptReportDue;
	}

	public String getPromptTriggers() {
		return this.promptTriggers;
	}

	public String getPromptReasons() {
		return this.promptReasons;
	}

	public LocalDate getPromptDueOn() {
		return this.promptDueOn;
	}

	public int getFinalReportDays() {
		return this.finalReportDays;
	}

	public LocalDate getFinalDueOn() {
		return this.finalDueOn;
	}

	public Instant getJipdecNotifiedAt() {
		return this.jipdecNotifiedAt;
	}

	public String getJipdecNotifiedBy() {
		return this.jipdecNotifiedBy;
	}

	public String getJipdecNotice() {
		return this.jipdecNotice;
	}

	public String getLevelText() {
		return this.levelText;
	}

	public IncidentMeasure getMeasure() {
		return this.measure;
	}

	public Integer getSuspensionMonths() {
		return this.suspensionMonths;
	}

	public LocalDate getSuspensionFrom() {
		return this.suspensionFrom;
	}

	public LocalDate getSuspensionUntil() {
		return this.suspensionUntil;
	}

	public String getCommitteeMeeting() {
		return this.committeeMeeting;
	}

	public String getOutsideExperts() {
		return this.outsideExperts;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public State getState() {
		return this.state;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public String getReceivedBy() {
		return this.receivedBy;
	}

}
