package jp.pmark.workflow.conventions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class a newcomer reads at once (issue 13): none of the product's source files is over
 * 300 lines unless the comment at its top says why.
 */
class ClassSizeTest {

	static final int MOST = 300;

	@Test
	@DisplayName("STYLE.md no class over 300 lines without a reason written at its top")
	void longClassesSayWhy() throws IOException {
		List<Path> sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			sources = files.filter((file) -> file.toString().endsWith(".java")).toList();
		}
		assertThat(sources).hasSizeGreaterThan(300);
		assertThat(sources).allSatisfy((file) -> {
			List<String> lines = Files.readAllLines(file);
			if (lines.size() > MOST) {
				String top = String.join("\n", lines.subList(0, firstDeclaration(lines)));
				assertThat(top).as("%s has %d lines; the comment at its top says why", file, lines.size())
					.containsPattern("(Over|Longer than) 300 lines");
			}
		});
	}

	private static int firstDeclaration(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).matches("^(public |abstract |final )*(class|interface|record|enum) .*")) {
				return i;
			}
		}
		return lines.size();
	}

}
