package jp.pmark.workflow.clip;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 苦情・漏えい相談 (CLIP-4, CLIP-5): a complaint or leak consultation of a certified CLIP
 * business, what the business's own complaint desk did first, and what the advisor
 * advised and concluded; for a leak taken as an incident report, its facts and the
 * incident's number. Nothing is deleted.
 */
@Entity
@Table(name = "clip_consultation")
public class ClipConsultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "consultation_number", nullable = false, length = 20)
	private String consultationNumber;

	@Column(name = "business_id", nullable = false)
	private Long businessId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ConsultationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "raised_by", nullable = false, length = 20)
	private ConsultationRaisedBy raisedBy;

	@Column(name = "complainant_name", length = 100)
	private String complainantName;

	@Column(name = "complainant_contact", length = 200)
	private String complainantContact;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ConsultationChannel channel;

	@Column(nullable = false, length = 2000)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(name = "first_handling", length = 20)
	private ConsultationFirstHandling firstHandling;

	@Column(name = "first_handling_note", length = 2000)
	private String firstHandlingNote;

	@Column(length = 2000)
	private String advice;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private ConsultationOutcome outcome;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "handled_by", length = 64)
	private String handledBy;

	@Embedded
	private ConsultationLeakFacts leakFacts;

	@Column(name = "incident_number", length = 20)
	private String incidentNumber;

	@Column(name = "received_by", nullable = false, length = 64)
	private String receivedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ClipConsultation() {
	}

	ClipConsultation(String consultationNumber, ClipBusiness business, ConsultationRequest request, String receivedBy) {
		this.consultationNumber = consultationNumber;
		this.businessId = business.getId();
		this.kind = request.kind();
		this.raisedBy = request.raisedBy();
		this.complainantName = request.complainantName();
		this.complainantContact = request.complainantContact();
		this.receivedOn = request.receivedOn();
		this.channel = request.channel();
		this.summary = request.summary();
		this.firstHandling = request.firstHandling();
		this.firstHandlingNote = request.firstHandlingNote();
		this.receivedBy = receivedBy;
		this.createdAt = Instant.now();
	}

	void handled(String advice, ConsultationOutcome outcome, LocalDate closedOn, ConsultationLeakFacts leakFacts,
			String handledBy) {
		this.advice = advice;
		this.outcome = outcome;
		this.closedOn = closedOn;
		this.leakFacts = leakFacts;
		this.handledBy = handledBy;
	}

	void reportedAsIncident(String incidentNumber) {
		this.incidentNumber = incidentNumber;
	}

	public Long getId() {
		return this.id;
	}

	public String getConsultationNumber() {
		return this.consultationNumber;
	}

	public Long getBusinessId() {
		return this.businessId;
	}

	public ConsultationKind getKind() {
		return this.kind;
	}

	public ConsultationRaisedBy getRaisedBy() {
		return this.raisedBy;
	}

	public String getComplainantName() {
		return this.complainantName;
	}

	public String getComplainantContact() {
		return this.complainantContact;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public ConsultationChannel getChannel() {
		return this.channel;
	}

	public String getSummary() {
		return this.summary;
	}

	public ConsultationFirstHandling getFirstHandling() {
		return this.firstHandling;
	}

	public String getFirstHandlingNote() {
		return this.firstHandlingNote;
	}

	public String getAdvice() {
		return this.advice;
	}

	public ConsultationOutcome getOutcome() {
		return this.outcome;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public String getHandledBy() {
		return this.handledBy;
	}

	public ConsultationLeakFacts getLeakFacts() {
		return this.leakFacts;
	}

	public String getIncidentNumber() {
		return this.incidentNumber;
	}

	public String getReceivedBy() {
		return this.receivedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
