package jp.pmark.workflow.clip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * CLIP-4: the e-learning course in force, read and checked once at start-up from
 * {@code pmark.clip.learning-course} (by default {@code clip/elearning-course.json} on
 * the class path; an installation may point it at a file of its own). A broken file stops
 * the start-up with a message naming each fault.
 */
@Component
public class LearningCourses {

	private final LearningCourse current;

	LearningCourses(@Value("${pmark.clip.learning-course:classpath:clip/elearning-course.json}") Resource file) {
		try (InputStream in = file.getInputStream()) {
			this.current = LearningCourse.read(in, file.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("CLIP-4: the e-learning course " + file.getDescription() + " cannot be read",
					ex);
		}
	}

	/** The course employees take now. */
	public LearningCourse current() {
		return this.current;
	}

}
