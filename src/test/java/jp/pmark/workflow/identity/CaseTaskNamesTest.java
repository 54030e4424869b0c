package jp.pmark.workflow.identity;

import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 pt 4: Tasklist's search box (which searches task names) finds a case's work by
 * its application number or the business's name as stored, kanji or kana.
 */
@PmarkSpringTest
class CaseTaskNamesTest {

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Test
	@DisplayName("SPEC §1 a task is named with its case, and Tasklist's search finds it by application number or the business's name (kanji or kana)")
	void searchFindsTheCase() {
		String name = "ひまわり電機株式会社" + ThreadLocalRandom.current().nextInt(100000);
		String number = this.driver
			.applyOnline(AssessmentDriver.applicant(AssessmentDriver.newCorporateNumber(), name));
		Task receipt = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		assertThat(receipt.getName()).isEqualTo("申請書類を確認する（" + number + "　" + name + "）");

		Tasklist.Session reception = this.tasklist.session(Fixtures.RECEPTION);
		for (String typed : new String[] { number, "ひまわり", name.substring(5), "電機株式" }) {
			// what Tasklist sends for a word typed in its search box: the task name, like
			JsonNode found = reception
				.post("/task", "{\"nameLike\":\"%" + typed + "%\",\"processInstanceBusinessKey\":\"" + number + "\"}")
				.json();
			assertThat(found.findValuesAsText("id")).as(typed).contains(receipt.getId());
		}
	}

}
