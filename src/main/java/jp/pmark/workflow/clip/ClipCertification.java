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
import org.hibernate.annotations.Immutable;

/**
 * CLIP-4: one year's certification: the certificate number, the year it is valid, the
 * self-check it was given on (its yearly review, CLIP-7), and the cyber insurance that
 * came with it, attached without any application by the business. Never changed.
 */
@Entity
@Immutable
@Table(name = "clip_certification")
public class ClipCertification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_id", nullable = false)
	private Long businessId;

	@Column(nullable = false)
	private int cycle;

	@Column(name = "certificate_number", nullable = false, length = 20)
	private String certificateNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ClipPlan plan;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Column(name = "reviewed_on", nullable = false)
	private LocalDate reviewedOn;

	@Column(name = "self_check_id", nullable = false)
	private Long selfCheckId;

	@Column(nullable = false, length = 200)
	private String insurer;

	@Column(name = "insurance_policy", nullable = false, length = 400)
	private String insurancePolicy;

	@Column(name = "insurance_cover_yen", nullable = false)
	private long insuranceCoverYen;

	@Column(name = "higher_cover", nullable = false)
	private boolean higherCover;

	@Column(name = "certified_by", nullable = false, length = 64)
	private String certifiedBy;

	@Column(name = "certified_at", nullable = false)
	private Instant certifiedAt;

	protected ClipCertification() {
	}

	ClipCertification(ClipBusiness business, String certificateNumber, LocalDate validFrom, LocalDate validUntil,
			LocalDate reviewedOn, ClipSelfCheck selfCheck, ClipProperties.Insurance insurance, String certifiedBy) {
		this.businessId = business.getId();
		this.cycle = business.getCycle();
		this.certificateNumber = certificateNumber;
		this.plan = business.getPlan();
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.reviewedOn = reviewedOn;
		this.selfCheckId = selfCheck.getId();
		this.insurer = insurance.insurer();
		this.insurancePolicy = insurance.policy();
		this.higherCover = business.isHigherInsuranceCover();
		this.insuranceCoverYen = this.higherCover ? insurance.higherCover() : insurance.basicCover();
		this.certifiedBy = certifiedBy;
		this.certifiedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getBusinessId() {
		return this.businessId;
	}

	public int getCycle() {
		return this.cycle;
	}

	public String getCertificateNumber() {
		return this.certificateNumber;
	}

	public ClipPlan getPlan() {
		return this.plan;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	public Long getSelfCheckId() {
		return this.selfCheckId;
	}

	public String getInsurer() {
		return this.insurer;
	}

	public String getInsurancePolicy() {
		return this.insurancePolicy;
	}

	public long getInsuranceCoverYen() {
		return this.insuranceCoverYen;
	}

	public boolean isHigherCover() {
		return this.higherCover;
	}

	public String getCertifiedBy() {
		return this.certifiedBy;
	}

	public Instant getCertifiedAt() {
		return this.certifiedAt;
	}

}
