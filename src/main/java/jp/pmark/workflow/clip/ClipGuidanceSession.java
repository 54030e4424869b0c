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

/**
 * CLIP-2, CLIP-6: a guidance session of the business's advisor, until certification or
 * before a renewal: when, how (mail, online, visit), what was covered and which of the
 * business's rules were drafted or updated with the advisor's support, and what it is
 * billed (visit days at the plan's visit-day fee plus travel at cost, where the plan's
 * terms bill visits).
 */
@Entity
@Table(name = "clip_guidance_session")
public class ClipGuidanceSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_id", nullable = false)
	private Long businessId;

	@Column(nullable = false)
	private int cycle;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private SupportMode mode;

	@Column(name = "visit_days", nullable = false)
	private int visitDays;

	@Column(name = "travel_cost_yen", nullable = false)
	private long travelCostYen;

	@Column(name = "billed_yen", nullable = false)
	private long billedYen;

	@Column(nullable = false, length = 2000)
	private String topics;

	@Column(name = "rules_drafted", length = 2000)
	private String rulesDrafted;

	@Column(name = "outside_consultant", length = 200)
	private String outsideConsultant;

	@Column(nullable = false, length = 64)
	private String advisor;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ClipGuidanceSession() {
	}

	ClipGuidanceSession(ClipBusiness business, LocalDate heldOn, SupportMode mode, int visitDays, long travelCostYen,
			long billedYen, String topics, String rulesDrafted, String outsideConsultant, String advisor) {
		this.businessId = business.getId();
		this.cycle = business.getCycle();
		this.heldOn = heldOn;
		this.mode = mode;
		this.visitDays = visitDays;
		this.travelCostYen = travelCostYen;
		this.billedYen = billedYen;
		this.topics = topics;
		this.rulesDrafted = rulesDrafted;
		this.outsideConsultant = outsideConsultant;
		this.advisor = advisor;
		this.recordedAt = Instant.now();
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

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public SupportMode getMode() {
		return this.mode;
	}

	public int getVisitDays() {
		return this.visitDays;
	}

	public long getTravelCostYen() {
		return this.travelCostYen;
	}

	public long getBilledYen() {
		return this.billedYen;
	}

	public String getTopics() {
		return this.topics;
	}

	public String getRulesDrafted() {
		return this.rulesDrafted;
	}

	public String getOutsideConsultant() {
		return this.outsideConsultant;
	}

	public String getAdvisor() {
		return this.advisor;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
