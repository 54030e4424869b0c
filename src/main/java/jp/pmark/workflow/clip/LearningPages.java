package jp.pmark.workflow.clip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.pmark.workflow.guard.JapaneseDates;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * CLIP-4: the e-learning runner, reached by the business's link with no login: the page
 * ({@code public/clip/learn.html} and its script), the course without its answers, and
 * the answer sheets. An unknown link and a business that is not certified both answer 404
 * with the same neutral message. Sheets are JSON only, so that no other site's form can
 * send one (these addresses have no CSRF token); {@link LearningDoor} limits how many a
 * link takes a minute and sets the pages' security headers.
 */
@RestController
class LearningPages {

	private final LearningRunner runner;

	private final LearningStatus status;

	LearningPages(LearningRunner runner, LearningStatus status) {
		this.runner = runner;
		this.status = status;
	}

	/** The page of an invalid link: the neutral message, nothing else. */
	static final String INVALID_LINK_PAGE = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"UTF-8\">\n"
			+ "<title>リンクが無効です</title>\n<link rel=\"stylesheet\" href=\"/clip/learn.css\">\n</head>\n<body>\n<main>\n"
			+ "<h1>リンクが無効です</h1>\n<p id=\"message\" class=\"message\">" + LearningRunner.INVALID_LINK
			+ "</p>\n</main>\n</body>\n</html>\n";

	@GetMapping("/clip/learn/{token}")
	ResponseEntity<String> page(@PathVariable String token) throws IOException {
		boolean valid = this.runner.business(token).isPresent();
		return ResponseEntity.status(valid ? HttpStatus.OK : HttpStatus.NOT_FOUND)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(valid ? resource("public/clip/learn.html") : INVALID_LINK_PAGE);
	}

	@GetMapping("/clip/learn/{token}/course")
	ResponseEntity<?> course(@PathVariable String token) {
		Optional<ClipBusiness> business = this.runner.business(token);
		if (business.isEmpty()) {
			return invalidLink();
		}
		LearningCourse course = this.runner.course();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("businessName", business.get().getName());
		body.put("version", course.version());
		body.put("title", course.title());
		body.put("intro", course.intro());
		// the questions and their choices, never the correct choice or the explanation
		body.put("questions", course.questions().stream().map((question) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", question.id());
			entry.put("text", question.text());
			entry.put("choices",
					question.choices()
						.stream()
						.map((choice) -> Map.of("id", choice.id(), "text", choice.text()))
						.toList());
			return entry;
		}).toList());
		return ResponseEntity.ok(body);
	}

	@PostMapping(path = "/clip/learn/{token}/attempts", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> attempt(@PathVariable String token, @RequestBody LearningRunner.Sheet sheet) {
		Optional<ClipBusiness> business = this.runner.business(token);
		if (business.isEmpty()) {
			return invalidLink();
		}
		LearningRunner.Outcome outcome = this.runner.attempt(business.get(), sheet);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("passed", outcome.passed());
		body.put("attempt", outcome.attempt());
		body.put("name", outcome.employee().getName());
		if (!outcome.passed()) {
			List<LearningCourse.Question> questions = this.runner.course().questions();
			body.put("message",
					outcome.wrong().size() + "問が不正解です（"
							+ outcome.wrong()
								.stream()
								.map((question) -> "問" + (questions.indexOf(question) + 1))
								.collect(Collectors.joining("、"))
							+ "）。解説を読んで、もう一度答えてください。全問正解で受講完了になります。");
			body.put("wrong", outcome.wrong().stream().map((question) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("questionId", question.id());
				entry.put("number", questions.indexOf(question) + 1);
				entry.put("question", question.text());
				entry.put("explanation", question.explanation());
				return entry;
			}).toList());
			return ResponseEntity.ok(body);
		}
		LearningCompletion completion = outcome.completion();
		body.put("completedAt", completion.getCompletedAt().toString());
		body.put("courseVersion", completion.getCourseVersion());
		body.put("message", outcome.employee().getName() + " さんは " + JapaneseDates.show(this.status.dayOf(completion))
				+ " に受講を完了しました（" + outcome.attempt() + "回目で全問正解）。");
		return ResponseEntity.status(HttpStatus.CREATED).body(body);
	}

	private static ResponseEntity<ProblemDetail> invalidLink() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, LearningRunner.INVALID_LINK);
		problem.setTitle("リンクが無効です");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
