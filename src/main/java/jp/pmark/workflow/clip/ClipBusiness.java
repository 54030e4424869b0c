package jp.pmark.workflow.clip;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.pmark.workflow.letter.Addressee;

/**
 * A business in the CLIP scheme (CLIP-1): its enrolment, plan and contact, and where it
 * stands now: its advisor, the current cycle (1 until the first certification, then one
 * more each renewal), its certification and validity. Each year's certification, each
 * guidance session and each self-check is a record of its own. Longer than 300 lines: the
 * columns of the record and their getters, nothing else.
 */
@Entity
@Table(name = "clip_business")
public class ClipBusiness {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enrolment_number", nullable = false, length = 20)
	private String enrolmentNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ClipPlan plan;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "corporate_number", length = 13)
	private String corporateNumber;

	@Column(name = "representative_name", nullable = false, length = 100)
	private String representativeName;

	@Column(name = "postal_code", nullable = false, length = 8)
	private String postalCode;

	@Column(nullable = false, length = 400)
	private String address;

	@Column(name = "contact_name", nullable = false, length = 100)
	private String contactName;

	@Column(name = "contact_email", nullable = false, length = 200)
	private String contactEmail;

	@Column(name = "contact_phone", length = 30)
	private String contactPhone;

	@Column(nullable = false)
	private int employees;

	@Column(name = "higher_insurance_cover", nullable = false)
	private boolean higherInsuranceCover;

	@Column(name = "outside_consultant", length = 200)
	private String outsideConsultant;

	@Column(name = "from_application_number", length = 20)
	private String fromApplicationNumber;

	@Column(name = "enrolled_on", nullable = false)
	private LocalDate enrolledOn;

	@Column(length = 64)
	private String advisor;

	@Column(nullable = false)
	private int cycle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ClipStatus status;

	@Column(name = "certificate_number", length = 20)
	private String certificateNumber;

	@Column(name = "certified_since")
	private LocalDate certifiedSince;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	@Column(name = "last_review_on")
	private LocalDate lastReviewOn;

	@Column(name = "complaint_contact", nullable = false)
	private boolean complaintContact;

	@Column(name = "learning_token", length = 40)
	private String learningToken;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(name = "end_reason", length = 1000)
	private String endReason;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ClipBusiness() {
	}

	ClipBusiness(String enrolmentNumber, ClipEnrolment enrolment, LocalDate enrolledOn, String createdBy) {
		this.enrolmentNumber = enrolmentNumber;
		this.plan = enrolment.plan();
		this.name = enrolment.name();
		this.corporateNumber = enrolment.corporateNumber();
		this.representativeName = enrolment.representativeName();
		this.postalCode = enrolment.postalCode();
		this.address = enrolment.address();
		this.contactName = enrolment.contactName();
		this.contactEmail = enrolment.contactEmail();
		this.contactPhone = enrolment.contactPhone();
		this.employees = enrolment.employees();
		this.higherInsuranceCover = enrolment.higherInsuranceCover();
		this.outsideConsultant = enrolment.outsideConsultant();
		this.fromApplicationNumber = enrolment.fromApplicationNumber();
		this.enrolledOn = enrolledOn;
		this.cycle = 1;
		this.status = ClipStatus.GUIDANCE;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	/**
	 * Where its letters go: the business and its contact person, mailed to the contact.
	 */
	public Addressee recipient() {
		return Addressee.of(
				"〒" + this.postalCode + " " + this.address + "\n" + this.name + "\n" + this.contactName + " 様",
				this.contactEmail);
	}

	void assignAdvisor(String advisor) {
		this.advisor = advisor;
	}

	void outsideConsultant(String consultant) {
		this.outsideConsultant = consultant;
	}

	void underReview() {
		this.status = ClipStatus.UNDER_REVIEW;
	}

	void backToGuidance() {
		this.status = (this.validUntil != null && this.status != ClipStatus.LAPSED) ? ClipStatus.RENEWING
				: ClipStatus.GUIDANCE;
	}

	void certified(String certificateNumber, LocalDate validFrom, LocalDate validUntil, LocalDate reviewedOn) {
		if (this.certificateNumber == null) {
			this.certificateNumber = certificateNumber;
			this.certifiedSince = validFrom;
		}
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.lastReviewOn = reviewedOn;
		this.complaintContact = true;
		this.status = ClipStatus.CERTIFIED;
	}

	void learningToken(String token) {
		this.learningToken = token;
	}

	void renewalOpened(ClipPlan plan) {
		this.cycle++;
		this.plan = plan;
		this.status = ClipStatus.RENEWING;
	}

	void switchPlan(ClipPlan plan) {
		this.plan = plan;
	}

	void lapsed(LocalDate on) {
		this.status = ClipStatus.LAPSED;
		this.complaintContact = false;
		this.endedOn = on;
		this.endReason = "有効期間内に更新の審査を終えなかった";
	}

	void withdrawn(LocalDate on, String reason) {
		this.status = ClipStatus.WITHDRAWN;
		this.complaintContact = false;
		this.endedOn = on;
		this.endReason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public String getEnrolmentNumber() {
		return this.enrolmentNumber;
	}

	public ClipPlan getPlan() {
		return this.plan;
	}

	public String getName() {
		return this.name;
	}

	public String getCorporateNumber() {
		return this.corporateNumber;
	}

	public String getRepresentativeName() {
		return this.representativeName;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getAddress() {
		return this.address;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public int getEmployees() {
		return this.employees;
	}

	public boolean isHigherInsuranceCover() {
		return this.higherInsuranceCover;
	}

	public String getOutsideConsultant() {
		return this.outsideConsultant;
	}

	public String getFromApplicationNumber() {
		return this.fromApplicationNumber;
	}

	public LocalDate getEnrolledOn() {
		return this.enrolledOn;
	}

	public String getAdvisor() {
		return this.advisor;
	}

	public int getCycle() {
		return this.cycle;
	}

	public ClipStatus getStatus() {
		return this.status;
	}

	public String getCertificateNumber() {
		return this.certificateNumber;
	}

	public LocalDate getCertifiedSince() {
		return this.certifiedSince;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public LocalDate getLastReviewOn() {
		return this.lastReviewOn;
	}

	public boolean isComplaintContact() {
		return this.complaintContact;
	}

	public String getLearningToken() {
		return this.learningToken;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public String getEndReason() {
		return this.endReason;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
