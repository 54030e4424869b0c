package jp.pmark.workflow.clip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CLIP-4: the e-learning course file the association edits, and its checks. */
class LearningCourseTest {

	private static LearningCourse shipped() throws IOException {
		try (InputStream in = new ClassPathResource("clip/elearning-course.json").getInputStream()) {
			return LearningCourse.read(in, "clip/elearning-course.json");
		}
	}

	private static LearningCourse read(String json) {
		return LearningCourse.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
	}

	private static final String VALID = """
			{"version":"2027","title":"研修","intro":"はじめに","questions":[
			 {"id":"q1","text":"問1","choices":[{"id":"a","text":"A"},{"id":"b","text":"B"}],"correct":"b","explanation":"解説"}]}
			""";

	@Test
	@DisplayName("CLIP-4 the course shipped in clip/elearning-course.json is valid: a version, a Japanese title and introduction, 8 to 10 questions on the Act's practical points, each with 3 or 4 choices, its correct choice among them and an explanation")
	void shippedCourseIsValid() throws IOException {
		LearningCourse course = shipped();
		assertThat(course.faults()).isEmpty();
		assertThat(course.version()).isEqualTo("2026");
		assertThat(course.title()).contains("個人情報保護法");
		assertThat(course.intro()).contains("全問正解");
		assertThat(course.questions()).hasSizeBetween(8, 10);
		assertThat(course.questions()).extracting(LearningCourse.Question::id)
			.doesNotHaveDuplicates()
			.contains("purpose", "sending-mail", "leak-noticed", "report-duty", "third-party", "outsourcing",
					"disclosure-request");
		for (LearningCourse.Question question : course.questions()) {
			assertThat(question.choices()).as(question.id()).hasSizeBetween(3, 4);
			assertThat(question.choice(question.correct())).as(question.id()).isPresent();
			assertThat(question.explanation()).as(question.id()).hasSizeGreaterThan(30);
		}
		// the correct answers are not always the same letter
		assertThat(course.questions().stream().map(LearningCourse.Question::correct).distinct().count())
			.isGreaterThan(2);
	}

	@Test
	@DisplayName("CLIP-4 a broken course file is refused with a message naming each fault: not JSON, an unknown field, a missing title, a question without choices, a correct choice that is none of its choices, a repeated id")
	void brokenCourseRefused() {
		assertThat(read(VALID).questions()).hasSize(1);
		assertThatThrownBy(() -> read("{\"version\":\"2027\",")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("test.json is not valid JSON");
		assertThatThrownBy(() -> read(VALID.replace("\"intro\"", "\"introduction\"")))
			.hasMessageContaining("test.json is not valid JSON")
			.hasMessageContaining("introduction");
		assertThatThrownBy(() -> read(VALID.replace("\"title\":\"研修\"", "\"title\":\" \"")))
			.hasMessageContaining("test.json is broken: title is missing");
		assertThatThrownBy(() -> read(VALID.replace("\"correct\":\"b\"", "\"correct\":\"c\"")))
			.hasMessageContaining("questions[0].correct 'c' is none of its choices (a, b)");
		assertThatThrownBy(() -> read(VALID.replace("{\"id\":\"b\"", "{\"id\":\"a\"")))
			.hasMessageContaining("questions[0].choices[1].id 'a' is used by an earlier choice");
		assertThatThrownBy(
				() -> read(VALID.replace("[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}]", "[]")))
			.hasMessageContaining("questions[0].choices: a question needs 2 to 6 choices");
		assertThatThrownBy(() -> read(VALID
			.replace("\"questions\":[", "\"questions\":[\n {\"id\":\"q1\",\"text\":\"問\","
					+ "\"choices\":[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}],\"correct\":\"a\",\"explanation\":\"x\"},")))
			.hasMessageContaining("questions[1].id 'q1' is used by an earlier question");
		assertThatThrownBy(() -> read(VALID.replace("\"2027\"", "\"2027 年度\"")))
			.hasMessageContaining("version '2027 年度' must be at most 20 letters");
	}

	@Test
	@DisplayName("CLIP-4 a broken course stops the start-up (the course bean refuses it), the shipped one loads")
	void brokenCourseStopsStartUp() throws IOException {
		ByteArrayResource broken = new ByteArrayResource(
				VALID.replace("\"correct\":\"b\"", "\"correct\":\"z\"").getBytes(StandardCharsets.UTF_8),
				"broken course");
		assertThatThrownBy(() -> new LearningCourses(broken)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CLIP-4: the e-learning course")
			.hasMessageContaining("correct 'z' is none of its choices");
		assertThat(new LearningCourses(new ClassPathResource("clip/elearning-course.json")).current().questions())
			.extracting(LearningCourse.Question::id)
			.containsAll(Set.of("purpose", "disposal"));
	}

}
