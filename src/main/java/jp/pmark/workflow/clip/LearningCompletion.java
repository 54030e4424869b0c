package jp.pmark.workflow.clip;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * CLIP-4: an employee completed the course (every answer correct): who, when, which
 * version of the course and in how many attempts. The yearly training duty is met when
 * every active employee has one within the certification year.
 */
@Entity
@Table(name = "clip_learning_completion")
public class LearningCompletion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_id", nullable = false)
	private Long businessId;

	@Column(name = "employee_id", nullable = false)
	private Long employeeId;

	@Column(name = "course_version", nullable = false, length = LearningCourse.VERSION_LENGTH)
	private String courseVersion;

	@Column(name = "completed_at", nullable = false)
	private Instant completedAt;

	@Column(nullable = false)
	private int attempts;

	protected LearningCompletion() {
	}

	LearningCompletion(ClipEmployee employee, String courseVersion, Instant completedAt, int attempts) {
		this.businessId = employee.getBusinessId();
		this.employeeId = employee.getId();
		this.courseVersion = courseVersion;
		this.completedAt = completedAt;
		this.attempts = attempts;
	}

	public Long getBusinessId() {
		return this.businessId;
	}

	public Long getEmployeeId() {
		return this.employeeId;
	}

	public String getCourseVersion() {
		return this.courseVersion;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public int getAttempts() {
		return this.attempts;
	}

}
