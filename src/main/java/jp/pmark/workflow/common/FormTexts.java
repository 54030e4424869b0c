package jp.pmark.workflow.common;

import java.util.List;

/** Reading the texts people type into forms. */
public final class FormTexts {

	private FormTexts() {
	}

	/** The lines of a text area, each trimmed, empty lines left out. */
	public static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

}
