package jp.pmark.workflow.clip;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * CLIP-4: one answer sheet an employee sent, right or wrong; the attempts up to a
 * completion are counted on it.
 */
@Entity
@Table(name = "clip_learning_attempt")
public class LearningAttempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_id", nullable = false)
	private Long businessId;

	@Column(name = "employee_id", nullable = false)
	private Long employeeId;

	@Column(name = "course_version", nullable = false, length = LearningCourse.VERSION_LENGTH)
	private String courseVersion;

	@Column(name = "attempted_at", nullable = false)
	private Instant attemptedAt;

	@Column(nullable = false)
	private boolean passed;

	/** The ids of the questions answered wrong, comma-separated. */
	@Column(name = "wrong_questions", length = 1000)
	private String wrongQuestions;

	protected LearningAttempt() {
	}

	LearningAttempt(ClipEmployee employee, String courseVersion, Instant at, String wrongQuestions) {
		this.businessId = employee.getBusinessId();
		this.employeeId = employee.getId();
		this.courseVersion = courseVersion;
		this.attemptedAt = at;
		this.passed = wrongQuestions.isEmpty();
		this.wrongQuestions = wrongQuestions.isEmpty() ? null : wrongQuestions;
	}

	public Long getEmployeeId() {
		return this.employeeId;
	}

	public String getCourseVersion() {
		return this.courseVersion;
	}

	public Instant getAttemptedAt() {
		return this.attemptedAt;
	}

	public boolean isPassed() {
		return this.passed;
	}

	public String getWrongQuestions() {
		return this.wrongQuestions;
	}

}
