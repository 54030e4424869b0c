package jp.pmark.workflow.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 pt 5: the documents an application carries open from the task's form, served
 * only to a person the task is offered to, and the receipt checklist starts unticked.
 */
@PmarkSpringTest
class CaseFileDownloadsTest {

	private static final Pattern LINK = Pattern.compile("\\]\\((/files/tasks/([^/]+)/documents/(\\d+))\\)");

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	FormService formService;

	@Test
	@DisplayName("INT-3 GEN-2 each submitted document opens from the receipt form for reception, with its content type; nobody else gets it")
	void documentsOpenFromTheForm() {
		String number = this.driver.applyOnline();
		Task receipt = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		String links = String.valueOf(this.formService.getTaskFormVariables(receipt.getId()).get("documentLinks"));
		List<String> paths = new ArrayList<>();
		Matcher matcher = LINK.matcher(links);
		while (matcher.find()) {
			assertThat(matcher.group(2)).isEqualTo(receipt.getId());
			paths.add(matcher.group(1));
		}
		assertThat(paths).as(links).hasSizeGreaterThanOrEqualTo(10);

		Tasklist.Session reception = this.tasklist.session(Fixtures.RECEPTION);
		Tasklist.Response file = reception.page(paths.get(0));
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).startsWith("%PDF");

		// not offered the task: the file does not exist for them
		assertThat(this.tasklist.session(Fixtures.ACCOUNTING).page(paths.get(0)).status()).isEqualTo(404);
		// no webapp login: refused, also with the API's Basic authentication
		assertThat(this.tasklist.anonymousWebapp("GET", paths.get(0), "").status()).isEqualTo(401);
		assertThat(this.tasklist.get(Fixtures.RECEPTION, paths.get(0)).status()).isEqualTo(401);
		// another case's document through this task, or none at all
		String other = this.driver.applyOnline();
		String otherLinks = String.valueOf(
				this.formService.getTaskFormVariables(this.driver.task(other, AssessmentProcess.CHECK_RECEIPT).getId())
					.get("documentLinks"));
		Matcher otherFile = LINK.matcher(otherLinks);
		assertThat(otherFile.find()).isTrue();
		assertThat(reception.page("/files/tasks/" + receipt.getId() + "/documents/" + otherFile.group(3)).status())
			.isEqualTo(404);
		assertThat(reception.page("/files/tasks/" + receipt.getId() + "/documents/999999999").status()).isEqualTo(404);
		assertThat(reception.page("/files/tasks/nothing/documents/1").status()).isEqualTo(404);
	}

	@Test
	@DisplayName("INT-3 INT-6 the receipt checklist starts unticked: the clerk ticks what she checked")
	void checklistStartsUnticked() {
		String number = this.driver.applyOnline();
		Task receipt = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		var shown = this.formService.getTaskFormVariables(receipt.getId());
		assertThat(shown).doesNotContainKeys("presentDocuments", "assessmentRequested", "consentGiven");
		assertThat(this.tasklist.refused(receipt, java.util.Map.of("receiptOutcome", "ACCEPTED"))).contains("【INT-3】");
	}

}
