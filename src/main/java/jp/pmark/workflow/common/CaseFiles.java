package jp.pmark.workflow.common;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The files a process's cases carry (an application's documents, a change report's
 * proofs), as the task forms of that process link them: each file opens from the form,
 * served by {@link CaseFileDownloads} only to a person the task is offered to.
 */
public interface CaseFiles {

	/** The process whose cases these files belong to. */
	String processKey();

	/** The file of the case, when the case has one by that id. */
	Optional<CaseFile> file(String businessKey, long fileId);

	/** A stored file. */
	record CaseFile(String fileName, String mediaType, byte[] content) {
	}

	/**
	 * A file as a task's form lists it: its label and id (null when it came on paper).
	 */
	record Listed(String label, Long fileId) {
	}

	/** Where a task's form opens a file of its case. */
	static String link(String taskId, long fileId) {
		return "/files/tasks/" + taskId + "/documents/" + fileId;
	}

	/**
	 * The files as a Markdown list for a form's text field: each one a link that opens
	 * it, those on paper named only.
	 */
	static String markdown(String taskId, List<Listed> files) {
		if (files.isEmpty()) {
			return "（提出書類の記録なし）";
		}
		return files.stream()
			.map((file) -> "- " + ((file.fileId() == null) ? escape(file.label())
					: "[" + escape(file.label()) + "](" + link(taskId, file.fileId()) + ")"))
			.collect(Collectors.joining("\n"));
	}

	/** A label as Markdown text: nothing in it is read as a link or markup. */
	private static String escape(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]()<>#!|{}])", "\\\\$1").replaceFirst("^(\\d+)\\.", "$1\\\\.");
	}

}
