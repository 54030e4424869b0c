package jp.pmark.workflow.clip;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * CLIP-4: the e-learning course every employee of a certified business takes, as the
 * association writes it in {@code clip/elearning-course.json}: a version, a title, an
 * introduction and questions, each with its choices, the correct choice and the
 * explanation shown after a wrong answer. {@link #read} refuses a broken file, naming
 * every fault, so that a broken course stops the start-up rather than a learner.
 *
 * @param version the course's version, kept with each completion (e.g. {@code 2026})
 * @param title 研修の題名
 * @param intro what the learner reads first
 * @param questions the questions, in the order they are asked
 */
public record LearningCourse(String version, String title, String intro, List<Question> questions) {

	/** The longest version the completions' column holds. */
	static final int VERSION_LENGTH = 20;

	/** The longest question or choice id. */
	static final int ID_LENGTH = 40;

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	public LearningCourse {
		questions = (questions == null) ? null : List.copyOf(questions);
	}

	/**
	 * A question.
	 *
	 * @param id its id, unique in the course (e.g. {@code purpose})
	 * @param text the question
	 * @param choices its choices, 2 to 6
	 * @param correct the id of the correct choice
	 * @param explanation shown after a wrong answer
	 */
	public record Question(String id, String text, List<Choice> choices, String correct, String explanation) {

		public Question {
			choices = (choices == null) ? null : List.copyOf(choices);
		}

		/** The choice of the id, if the question offers it. */
		public Optional<Choice> choice(String choiceId) {
			return this.choices.stream().filter((choice) -> choice.id().equals(choiceId)).findFirst();
		}

	}

	/**
	 * A choice.
	 *
	 * @param id its id, unique in its question (e.g. {@code a})
	 * @param text the choice
	 */
	public record Choice(String id, String text) {
	}

	/** The question of the id, if the course asks it. */
	public Optional<Question> question(String questionId) {
		return this.questions.stream().filter((question) -> question.id().equals(questionId)).findFirst();
	}

	/**
	 * Reads and checks a course file.
	 * @param in the file's content (UTF-8 JSON)
	 * @param source where it came from, for the message
	 * @throws IllegalStateException naming every fault of a broken file
	 */
	public static LearningCourse read(InputStream in, String source) {
		LearningCourse course;
		try {
			course = JSON.readValue(in, LearningCourse.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("CLIP-4: the e-learning course " + source + " is not valid JSON: "
					+ ex.getOriginalMessage() + " (at " + ex.getLocation() + ")", ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("CLIP-4: the e-learning course " + source + " cannot be read", ex);
		}
		List<String> faults = (course == null) ? List.of("the file is empty") : course.faults();
		if (!faults.isEmpty()) {
			throw new IllegalStateException("CLIP-4: the e-learning course " + source + " is broken: "
					+ String.join("; ", faults) + ". Correct the file and start again.");
		}
		return course;
	}

	/** What is wrong with the course: nothing for a course learners can take. */
	List<String> faults() {
		List<String> faults = new ArrayList<>();
		text(this.version, "version", faults);
		if (this.version != null
				&& (this.version.length() > VERSION_LENGTH || !this.version.matches("[0-9A-Za-z._-]+"))) {
			faults.add("version '" + this.version + "' must be at most " + VERSION_LENGTH
					+ " letters, digits, '.', '_' or '-'");
		}
		text(this.title, "title", faults);
		text(this.intro, "intro", faults);
		if (this.questions == null || this.questions.isEmpty()) {
			faults.add("questions: the course has no questions");
			return faults;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < this.questions.size(); i++) {
			Question question = this.questions.get(i);
			String at = "questions[" + i + "]";
			if (question == null) {
				faults.add(at + " is empty");
				continue;
			}
			id(question.id(), at + ".id", faults);
			if (question.id() != null && !ids.add(question.id())) {
				faults.add(at + ".id '" + question.id() + "' is used by an earlier question");
			}
			text(question.text(), at + ".text", faults);
			text(question.explanation(), at + ".explanation", faults);
			choices(question, at, faults);
		}
		return faults;
	}

	private static void choices(Question question, String at, List<String> faults) {
		if (question.choices() == null || question.choices().size() < 2 || question.choices().size() > 6) {
			faults.add(at + ".choices: a question needs 2 to 6 choices");
			return;
		}
		Set<String> ids = new HashSet<>();
		for (int j = 0; j < question.choices().size(); j++) {
			Choice choice = question.choices().get(j);
			String where = at + ".choices[" + j + "]";
			if (choice == null) {
				faults.add(where + " is empty");
				continue;
			}
			id(choice.id(), where + ".id", faults);
			if (choice.id() != null && !ids.add(choice.id())) {
				faults.add(where + ".id '" + choice.id() + "' is used by an earlier choice");
			}
			text(choice.text(), where + ".text", faults);
		}
		if (question.correct() == null || !ids.contains(question.correct())) {
			faults.add(at + ".correct '" + question.correct() + "' is none of its choices ("
					+ ids.stream().sorted().collect(Collectors.joining(", ")) + ")");
		}
	}

	private static void text(String value, String field, List<String> faults) {
		if (value == null || value.isBlank()) {
			faults.add(field + " is missing");
		}
	}

	private static void id(String value, String field, List<String> faults) {
		if (value == null || !value.matches("[0-9A-Za-z_-]{1," + ID_LENGTH + "}")) {
			faults.add(field + " '" + value + "' must be 1 to " + ID_LENGTH + " letters, digits, '_' or '-'");
		}
	}

}
