package jp.pmark.workflow.common;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jp.pmark.workflow.engine.Authenticated;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens a file of a case from a task's form in Tasklist ({@link CaseFiles#link}): only
 * for a person logged in to the webapps to whom the task is offered (the same rule as the
 * task list, checked by the engine's task query as that person), and only a file of that
 * task's case. Anything else answers 401 or 404 (a task or file one may not see does not
 * exist for them), never the file.
 */
@RestController
public class CaseFileDownloads {

	private final TaskCases tasks;

	private final RepositoryService repositoryService;

	private final Map<String, CaseFiles> filesByProcess;

	CaseFileDownloads(TaskCases tasks, RepositoryService repositoryService, List<CaseFiles> files) {
		this.tasks = tasks;
		this.repositoryService = repositoryService;
		this.filesByProcess = files.stream().collect(Collectors.toMap(CaseFiles::processKey, Function.identity()));
	}

	@GetMapping("/files/tasks/{taskId}/documents/{fileId}")
	ResponseEntity<?> open(@PathVariable String taskId, @PathVariable long fileId, HttpServletRequest request) {
		Optional<Authenticated> caller = this.tasks.webappUser(request);
		if (caller.isEmpty()) {
			return text(HttpStatus.UNAUTHORIZED, "ログインしてから、タスクのフォームから開いてください。");
		}
		Optional<CaseFiles.CaseFile> file = this.tasks.offered(taskId, caller.get())
			.flatMap((task) -> fileOf(task, fileId));
		if (file.isEmpty()) {
			return text(HttpStatus.NOT_FOUND, "このファイルはありません（または、このタスクから開くことはできません）。");
		}
		CaseFiles.CaseFile found = file.get();
		return inline(found.fileName(), found.mediaType(), found.content());
	}

	/**
	 * A file served to be opened in the browser: its own type, never sniffed, never run
	 * as a page of this site.
	 */
	public static ResponseEntity<byte[]> inline(String fileName, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(mediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}

	private Optional<CaseFiles.CaseFile> fileOf(Task task, long fileId) {
		String processKey = this.repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
		CaseFiles files = this.filesByProcess.get(processKey);
		return this.tasks.instance(task)
			.filter((instance) -> files != null)
			.flatMap((instance) -> files.file(instance.getBusinessKey(), fileId));
	}

	private static MediaType mediaType(String stored) {
		try {
			return (stored != null) ? MediaType.parseMediaType(stored) : MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/** A plain Japanese answer to a browser. */
	public static ResponseEntity<String> text(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(message);
	}

}
