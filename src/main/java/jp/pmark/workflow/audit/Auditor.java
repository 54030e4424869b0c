package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 審査員等: an auditor's record and grade (AUD-2). */
@Entity
@Table(name = "auditor")
public class Auditor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The Camunda user who works the audit tasks. */
	@Column(name = "user_id", nullable = false, length = 64)
	private String userId;

	/** a) 氏名 */
	@Column(nullable = false, length = 100)
	private String name;

	/** a) 住所 */
	@Column(length = 400)
	private String address;

	/** b) 所属 */
	@Column(length = 200)
	private String affiliation;

	/** b) 地位 */
	@Column(name = "position_title", length = 100)
	private String positionTitle;

	/** c) 学歴 */
	@Column(length = 1000)
	private String education;

	/** c) 専門的資格 */
	@Column(length = 1000)
	private String qualifications;

	/** d) 審査対象分野の経験及び教育訓練 */
	@Column(name = "experience_training", length = 4000)
	private String experienceTraining;

	/** e) 審査の実施実績 */
	@Column(name = "audits_performed", length = 4000)
	private String auditsPerformed;

	/** f) 業績の査定 */
	@Column(name = "performance_evaluation", length = 4000)
	private String performanceEvaluation;

	/** 主任審査員, 審査員 or 審査員補 */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AuditorGrade grade;

	/** g) 記録を更新した直近の年月日 */
	@Column(name = "record_updated_on", nullable = false)
	private LocalDate recordUpdatedOn;

	@Column(nullable = false)
	private boolean active;

	protected Auditor() {
	}

	Auditor(String userId, String name, String address, String affiliation, String positionTitle, String education,
			String qualifications, String experienceTraining, String auditsPerformed, String performanceEvaluation,
			AuditorGrade grade, LocalDate recordUpdatedOn, boolean active) {
		this.userId = userId;
		this.name = name;
		this.address = address;
		this.affiliation = affiliation;
		this.positionTitle = positionTitle;
		this.education = education;
		this.qualifications = qualifications;
		this.experienceTraining = experienceTraining;
		this.auditsPerformed = auditsPerformed;
		this.performanceEvaluation = performanceEvaluation;
		this.grade = grade;
		this.recordUpdatedOn = recordUpdatedOn;
		this.active = active;
	}

	public Long getId() {
		return this.id;
	}

	public String getUserId() {
		return this.userId;
	}

	public String getName() {
		return this.name;
	}

	public String getAddress() {
		return this.address;
	}

	public String getAffiliation() {
		return this.affiliation;
	}

	public String getPositionTitle() {
		return this.positionTitle;
	}

	public String getEducation() {
		return this.education;
	}

	public String getQualifications() {
		return this.qualifications;
	}

	public String getExperienceTraining() {
		return this.experienceTraining;
	}

	public String getAuditsPerformed() {
		return this.auditsPerformed;
	}

	public String getPerformanceEvaluation() {
		return this.performanceEvaluation;
	}

	public AuditorGrade getGrade() {
		return this.grade;
	}

	public LocalDate getRecordUpdatedOn() {
		return this.recordUpdatedOn;
	}

	public boolean isActive() {
		return this.active;
	}

}
