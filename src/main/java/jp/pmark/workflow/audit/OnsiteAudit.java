package jp.pmark.workflow.audit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 現地審査: scheduled with the applicant (SITE-1), then recorded by the team (SITE-2,
 * SITE-3).
 */
@Entity
@Table(name = "onsite_audit")
public class OnsiteAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "scheduled_on", nullable = false)
	private LocalDate scheduledOn;

	@Column(name = "start_time", nullable = false, length = 5)
	private String startTime;

	@Column(nullable = false, length = 400)
	private String place;

	@Column(name = "agreed_with_applicant", nullable = false)
	private boolean agreedWithApplicant;

	@Column(name = "notice_text", length = 4000)
	private String noticeText;

	@Column(name = "scheduled_by", length = 64)
	private String scheduledBy;

	@Column(name = "scheduled_at", nullable = false)
	private Instant scheduledAt;

	@Column(name = "held_on")
	private LocalDate heldOn;

	/**
	 * COMPLETED, or TERMINATED when someone other than officers and employees attended.
	 */
	@Column(length = 20)
	private String outcome;

	@Column(name = "top_interview", length = 4000)
	private String topInterview;

	@Column(name = "operations_check", length = 4000)
	private String operationsCheck;

	@Column(name = "site_check", length = 4000)
	private String siteCheck;

	@Column(name = "closing_summary", length = 4000)
	private String closingSummary;

	@Column(name = "finding_a", length = 4000)
	private String findingA;

	@Column(name = "finding_b", length = 4000)
	private String findingB;

	@Column(name = "finding_c", length = 4000)
	private String findingC;

	@Column(name = "finding_d", length = 4000)
	private String findingD;

	@Column(name = "finding_e", length = 4000)
	private String findingE;

	@Column(name = "finding_f", length = 4000)
	private String findingF;

	@Column(name = "finding_g", length = 4000)
	private String findingG;

	@Column(name = "nonconformities_found")
	private Boolean nonconformitiesFound;

	@Column(name = "recorded_by", length = 64)
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected OnsiteAudit() {
	}

	OnsiteAudit(Long applicationId, LocalDate scheduledOn, String startTime, String place, boolean agreedWithApplicant,
			String noticeText, String scheduledBy) {
		this.applicationId = applicationId;
		this.scheduledOn = scheduledOn;
		this.startTime = startTime;
		this.place = place;
		this.agreedWithApplicant = agreedWithApplicant;
		this.noticeText = noticeText;
		this.scheduledBy = scheduledBy;
		this.scheduledAt = Instant.now();
	}

	/** SITE-2 (the four parts) and SITE-3 (findings a to g), as the team records them. */
	void record(LocalDate heldOn, String outcome, String[] parts, String[] findings, boolean nonconformitiesFound,
			String recordedBy) {
		this.heldOn = heldOn;
		this.outcome = outcome;
		this.topInterview = parts[0];
		this.operationsCheck = parts[1];
		this.siteCheck = parts[2];
		this.closingSummary = parts[3];
		this.findingA = findings[0];
		this.findingB = findings[1];
		this.findingC = findings[2];
		this.findingD = findings[3];
		this.findingE = findings[4];
		this.findingF = findings[5];
		this.findingG = findings[6];
		this.nonconformitiesFound = nonconformitiesFound;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public LocalDate getScheduledOn() {
		return this.scheduledOn;
	}

	public String getStartTime() {
		return this.startTime;
	}

	public String getPlace() {
		return this.place;
	}

	public boolean isAgreedWithApplicant() {
		return this.agreedWithApplicant;
	}

	public String getNoticeText() {
		return this.noticeText;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public String getTopInterview() {
		return this.topInterview;
	}

	public String getOperationsCheck() {
		return this.operationsCheck;
	}

	public String getSiteCheck() {
		return this.siteCheck;
	}

	public String getClosingSummary() {
		return this.closingSummary;
	}

	/** SITE-3 a) to g), in order. */
	public String[] getFindings() {
		return new String[] { this.findingA, this.findingB, this.findingC, this.findingD, this.findingE, this.findingF,
				this.findingG };
	}

	public Boolean getNonconformitiesFound() {
		return this.nonconformitiesFound;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
