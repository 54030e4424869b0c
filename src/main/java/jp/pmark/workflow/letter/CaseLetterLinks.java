package jp.pmark.workflow.letter;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jp.pmark.workflow.common.CaseFileDownloads;
import jp.pmark.workflow.common.CaseLetterList;
import jp.pmark.workflow.common.TaskCases;
import jp.pmark.workflow.engine.Authenticated;
import jp.pmark.workflow.guard.JapaneseDates;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letters of a case on every task form of it (GEN-3): listed with their number, date,
 * title and how they went out, each opening its PDF at
 * {@code /files/tasks/{task}/letters/{letter}}, only for a person logged in to the
 * webapps to whom the task is offered, and only a letter of that task's case.
 */
@RestController
class CaseLetterLinks implements CaseLetterList {

	private final Letters letters;

	private final LetterDeliveries deliveries;

	private final LetterRenderer renderer;

	private final TaskCases tasks;

	CaseLetterLinks(Letters letters, LetterDeliveries deliveries, LetterRenderer renderer, TaskCases tasks) {
		this.letters = letters;
		this.deliveries = deliveries;
		this.renderer = renderer;
		this.tasks = tasks;
	}

	/** Where a task's form opens a letter of its case. */
	static String link(String taskId, long letterId) {
		return "/files/tasks/" + taskId + "/letters/" + letterId;
	}

	@Override
	public String markdown(String taskId, Set<String> caseKeys) {
		List<Letter> sent = this.letters.ofCases(caseKeys);
		if (sent.isEmpty()) {
			return "（この案件の送付文書はまだありません）";
		}
		return sent.stream()
			.map((letter) -> "- [" + this.renderer.number(letter.getId()) + "　" + escape(letter.getTitle()) + "]("
					+ link(taskId, letter.getId()) + ")　" + JapaneseDates.show(this.renderer.dateOf(letter)) + "　"
					+ how(letter))
			.collect(Collectors.joining("\n"));
	}

	private String how(Letter letter) {
		return this.deliveries.delivery(letter.getId()).map(LetterDeliveries::describe).orElse("送付なし（記録のみ）");
	}

	@GetMapping("/files/tasks/{taskId}/letters/{letterId}")
	ResponseEntity<?> open(@PathVariable String taskId, @PathVariable long letterId, HttpServletRequest request) {
		Optional<Authenticated> caller = this.tasks.webappUser(request);
		if (caller.isEmpty()) {
			return CaseFileDownloads.text(HttpStatus.UNAUTHORIZED, "ログインしてから、タスクのフォームから開いてください。");
		}
		Optional<Letter> letter = this.tasks.offered(taskId, caller.get())
			.map(this.tasks::caseKeys)
			.flatMap((keys) -> this.letters.find(letterId).filter((found) -> keys.contains(found.getCaseKey())));
		if (letter.isEmpty()) {
			return CaseFileDownloads.text(HttpStatus.NOT_FOUND, "この文書はありません（または、このタスクから開くことはできません）。");
		}
		return CaseFileDownloads.inline(this.deliveries.fileName(letter.get()), "application/pdf",
				this.deliveries.pdfToRead(letter.get()));
	}

	/** A title as Markdown text: nothing in it is read as a link or markup. */
	private static String escape(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]()<>#!|{}])", "\\\\$1");
	}

}
