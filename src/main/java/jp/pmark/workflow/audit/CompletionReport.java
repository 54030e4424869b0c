package jp.pmark.workflow.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 審査終了報告書 (DEC-1). */
@Entity
@Table(name = "completion_report")
public class CompletionReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	/** a) positions of the people interviewed */
	@Column(name = "interviewed_positions", nullable = false, length = 2000)
	private String interviewedPositions;

	/** b) overview of the personal-information operations */
	@Column(name = "operations_overview", nullable = false, length = 4000)
	private String operationsOverview;

	/** c) SITE-3 a) */
	@Column(name = "finding_a", nullable = false, length = 4000)
	private String findingA;

	@Column(name = "finding_b", nullable = false, length = 4000)
	private String findingB;

	@Column(name = "finding_c", nullable = false, length = 4000)
	private String findingC;

	@Column(name = "finding_d", nullable = false, length = 4000)
	private String findingD;

	@Column(name = "finding_e", nullable = false, length = 4000)
	private String findingE;

	@Column(name = "finding_f", nullable = false, length = 4000)
	private String findingF;

	@Column(name = "finding_g", nullable = false, length = 4000)
	private String findingG;

	/** d) ELIGIBLE or DENY */
	@Column(name = "eligibility_opinion", nullable = false, length = 20)
	private String eligibilityOpinion;

	@Column(name = "opinion_reason", nullable = false, length = 4000)
	private String opinionReason;

	/** FND-4: the 3 months passed without an accepted report */
	@Column(name = "improvement_deadline_passed", nullable = false)
	private boolean improvementDeadlinePassed;

	@Column(name = "written_by", length = 64)
	private String writtenBy;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	protected CompletionReport() {
	}

	CompletionReport(Long applicationId, String interviewedPositions, String operationsOverview, String findingA,
			String findingB, String findingC, String findingD, String findingE, String findingF, String findingG,
			String eligibilityOpinion, String opinionReason, boolean improvementDeadlinePassed, String writtenBy) {
		this.applicationId = applicationId;
		this.interviewedPositions = interviewedPositions;
		this.operationsOverview = operationsOverview;
		this.findingA = findingA;
		this.findingB = findingB;
		this.findingC = findingC;
		this.findingD = findingD;
		this.findingE = findingE;
		this.findingF = findingF;
		this.findingG = findingG;
		this.eligibilityOpinion = eligibilityOpinion;
		this.opinionReason = opinionReason;
		this.improvementDeadlinePassed = improvementDeadlinePassed;
		this.writtenBy = writtenBy;
		this.writtenAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getInterviewedPositions() {
		return this.interviewedPositions;
	}

	public String getOperationsOverview() {
		return this.operationsOverview;
	}

	public String getFindingA() {
		return this.findingA;
	}

	public String getFindingB() {
		return this.findingB;
	}

	public String getFindingC() {
		return this.findingC;
	}

	public String getFindingD() {
		return this.findingD;
	}

	public String getFindingE() {
		return this.findingE;
	}

	public String getFindingF() {
		return this.findingF;
	}

	public String getFindingG() {
		return this.findingG;
	}

	public String getEligibilityOpinion() {
		return this.eligibilityOpinion;
	}

	public String getOpinionReason() {
		return this.opinionReason;
	}

	public boolean isImprovementDeadlinePassed() {
		return this.improvementDeadlinePassed;
	}

	public String getWrittenBy() {
		return this.writtenBy;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
