package jp.pmark.workflow.clip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.engine.EngineClock;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-4: the course runner's rules. Only a certified business's link works; an employee
 * on its roster sends all answers at once; a sheet with any wrong answer completes
 * nothing and names the wrong questions with their explanations, so the employee answers
 * again; a sheet with every answer correct records the completion, with the attempts it
 * took.
 */
@Service
public class LearningRunner {

	/**
	 * What an unknown link and the link of a business that is not certified both answer,
	 * so that nobody learns which links exist.
	 */
	public static final String INVALID_LINK = "このリンクは無効です。勤務先のご担当者に、eラーニングのリンクを確認してください。";

	private final ClipBusinessRepository businesses;

	private final ClipEmployeeRoster roster;

	private final LearningCourses courses;

	private final LearningAttemptRepository attempts;

	private final LearningCompletionRepository completions;

	LearningRunner(ClipBusinessRepository businesses, ClipEmployeeRoster roster, LearningCourses courses,
			LearningAttemptRepository attempts, LearningCompletionRepository completions) {
		this.businesses = businesses;
		this.roster = roster;
		this.courses = courses;
		this.attempts = attempts;
		this.completions = completions;
	}

	/**
	 * An answer sheet.
	 *
	 * @param courseVersion the version of the course the page showed
	 * @param employeeCode 社員番号
	 * @param name 氏名
	 * @param answers the chosen choice id by question id, every question answered
	 */
	public record Sheet(String courseVersion, String employeeCode, String name, Map<String, String> answers) {
	}

	/**
	 * What a sheet came to.
	 *
	 * @param employee who sent it
	 * @param attempt which attempt it was since the employee's last completion (1 for the
	 * first)
	 * @param wrong the questions answered wrong, in the course's order; empty when passed
	 * @param completion the completion recorded, when every answer was correct
	 */
	public record Outcome(ClipEmployee employee, int attempt, List<LearningCourse.Question> wrong,
			LearningCompletion completion) {

		public boolean passed() {
			return this.completion != null;
		}

	}

	/** The business whose link this is, if the link works (certified only). */
	@Transactional(readOnly = true)
	public Optional<ClipBusiness> business(String token) {
		if (token == null || !token.matches("[0-9A-Za-z_-]{1,40}")) {
			return Optional.empty();
		}
		return this.businesses.findByLearningToken(token).filter((business) -> business.getStatus().certified());
	}

	/** The course in force. */
	public LearningCourse course() {
		return this.courses.current();
	}

	/**
	 * Checks and grades a sheet of the business's employee, and records the attempt and,
	 * when every answer is correct, the completion.
	 */
	@Transactional
	public Outcome attempt(ClipBusiness business, Sheet sheet) {
		LearningCourse course = this.courses.current();
		Rules rules = new Rules();
		String code = ClipEmployeeRoster.checkCode(sheet.employeeCode(), "employeeCode", rules);
		String name = ClipEmployeeRoster.checkName(sheet.name(), "name", rules);
		checkAnswers(course, sheet, rules);
		rules.throwIfAny();
		Optional<ClipEmployee> found = this.roster.find(business, code, name);
		if (found.isEmpty()) {
			rules.refuse("employeeCode", RuleId.CLIP_4, "not-on-roster").throwIfAny();
		}
		ClipEmployee employee = found.get();
		List<LearningCourse.Question> wrong = course.questions()
			.stream()
			.filter((question) -> !question.correct().equals(sheet.answers().get(question.id())))
			.toList();
		Instant now = EngineClock.instant();
		this.attempts.save(new LearningAttempt(employee, course.version(), now,
				wrong.stream().map(LearningCourse.Question::id).collect(Collectors.joining(","))));
		Instant since = this.completions.findFirstByEmployeeIdOrderByCompletedAtDesc(employee.getId())
			.map(LearningCompletion::getCompletedAt)
			.orElse(Instant.EPOCH);
		int attempt = (int) this.attempts.countByEmployeeIdAndAttemptedAtAfter(employee.getId(), since);
		if (!wrong.isEmpty()) {
			return new Outcome(employee, attempt, wrong, null);
		}
		LearningCompletion completion = this.completions
			.save(new LearningCompletion(employee, course.version(), now, attempt));
		return new Outcome(employee, attempt, List.of(), completion);
	}

	private static void checkAnswers(LearningCourse course, Sheet sheet, Rules rules) {
		if (sheet.courseVersion() == null || sheet.courseVersion().isBlank()) {
			rules.refuse("courseVersion", RuleId.CLIP_4, "give-course-version");
		}
		else if (!course.version().equals(sheet.courseVersion())) {
			rules.refuse("courseVersion", RuleId.CLIP_4, "course-changed", course.version());
		}
		if (sheet.answers() == null) {
			rules.refuse("answers", RuleId.CLIP_4, "give-answers");
			return;
		}
		List<String> unknown = new ArrayList<>();
		for (Map.Entry<String, String> answer : sheet.answers().entrySet()) {
			Optional<LearningCourse.Question> question = course.question(answer.getKey());
			if (question.isEmpty()) {
				unknown.add(answer.getKey());
			}
			else if (answer.getValue() == null || answer.getValue().isBlank()) {
				rules.refuse("answers." + answer.getKey(), RuleId.CLIP_4, "answer-missing");
			}
			else if (question.get().choice(answer.getValue()).isEmpty()) {
				rules.refuse("answers." + answer.getKey(), RuleId.CLIP_4, "choice-unknown");
			}
		}
		// named by position, not by the text sent, which may be anything
		for (int i = 0; i < unknown.size() && i < ClipEmployeeRoster.MAX_FAULTS; i++) {
			rules.refuse("answers", RuleId.CLIP_4, "question-unknown", abbreviated(unknown.get(i)));
		}
		for (LearningCourse.Question question : course.questions()) {
			if (!sheet.answers().containsKey(question.id())) {
				rules.refuse("answers." + question.id(), RuleId.CLIP_4, "answer-missing");
			}
		}
	}

	private static String abbreviated(String text) {
		String plain = text.replaceAll("[^0-9A-Za-z_-]", "?");
		return (plain.length() > 40) ? plain.substring(0, 40) + "…" : plain;
	}

}
