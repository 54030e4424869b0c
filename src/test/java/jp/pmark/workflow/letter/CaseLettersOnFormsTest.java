package jp.pmark.workflow.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.CaseLetterList;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEN-3 on the forms: every task form of a case lists the case's letters, each a link
 * that opens its PDF only for a person logged in to the webapps to whom the task is
 * offered, and only a letter of that task's case (as the case's documents do).
 */
@PmarkSpringTest
class CaseLettersOnFormsTest {

	private static final Pattern LINK = Pattern.compile("\\]\\((/files/tasks/([^/)]+)/letters/(\\d+))\\)");

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	Letters letters;

	@Autowired
	LetterRenderer renderer;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	/** The links of a form's letters, checked to be of the task. */
	private static List<Long> letterIds(String caseLetters, String taskId) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = LINK.matcher(caseLetters);
		while (matcher.find()) {
			assertThat(matcher.group(2)).isEqualTo(taskId);
			ids.add(Long.parseLong(matcher.group(3)));
		}
		return ids;
	}

	private List<Long> idsOf(String caseKey) {
		return this.letters.ofCases(List.of(caseKey)).stream().map(Letter::getId).toList();
	}

	@Test
	@DisplayName("GEN-3 §1 a task's form shows the case's letters on both mounts of the engine's API, a link each and none of another case; the link opens the PDF only for the person offered the task in a webapp session (not for an auditor outside the audit team)")
	void lettersOnTheForm() {
		String number = this.driver.applyOnline();
		for (String task : new String[] { AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM }) {
			this.driver.complete(number, task);
		}
		String other = this.driver.applyOnline();
		this.driver.complete(other, AssessmentProcess.CHECK_RECEIPT);
		Task review = this.driver.task(number, AssessmentProcess.REVIEW_DOCUMENTS);
		String user = this.tasklist.userFor(review);
		List<Long> ofCase = idsOf(number);
		assertThat(ofCase).hasSizeGreaterThanOrEqualTo(2);

		Tasklist.Response rest = this.tasklist.get(user,
				"/engine-rest/task/" + review.getId() + "/form-variables?deserializeValues=false");
		assertThat(rest.status()).as(rest.body()).isEqualTo(200);
		String basic = rest.json().path(CaseLetterList.VIEW).path("value").asText();
		Tasklist.Session session = this.tasklist.session(user);
		Tasklist.Response webapp = session.get("/task/" + review.getId() + "/form-variables?deserializeValues=false");
		assertThat(webapp.status()).as(webapp.body()).isEqualTo(200);
		String inSession = webapp.json().path(CaseLetterList.VIEW).path("value").asText();
		for (String caseLetters : List.of(basic, inSession)) {
			assertThat(letterIds(caseLetters, review.getId())).containsExactlyElementsOf(ofCase)
				.doesNotContainAnyElementsOf(idsOf(other));
			Letter first = this.letters.find(ofCase.get(0)).orElseThrow();
			assertThat(caseLetters).contains(this.renderer.number(first.getId()), first.getTitle(), "メール送信");
		}
		assertThat(inSession).isEqualTo(basic);

		String link = CaseLetterLinks.link(review.getId(), ofCase.get(0));
		Tasklist.Response pdf = session.page(link);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");
		// logged in but not offered the task: it does not exist for them; the other
		// auditor's group is a candidate, but the task is the audit team's only
		assertThat(this.tasklist.session(Fixtures.AUDITOR_B).page(link).status()).isEqualTo(404);
		assertThat(this.tasklist.session(Fixtures.MANAGER.equals(user) ? Fixtures.RECEPTION : Fixtures.ACCOUNTING)
			.page(link)
			.status()).isEqualTo(404);
		// the same for the case's documents on the review's form (the same door)
		Matcher document = Pattern.compile("\\]\\((/files/tasks/[^/)]+/documents/\\d+)\\)")
			.matcher(rest.json().path("documentLinks").path("value").asText());
		assertThat(document.find()).as("the review's form links the case's documents").isTrue();
		assertThat(session.page(document.group(1)).status()).isEqualTo(200);
		assertThat(this.tasklist.session(Fixtures.AUDITOR_B).page(document.group(1)).status()).isEqualTo(404);
		// no webapp login: refused, also with the API's Basic authentication
		assertThat(this.tasklist.anonymousWebapp("GET", link, "").status()).isEqualTo(401);
		assertThat(this.tasklist.get(user, link).status()).isEqualTo(401);
		// another case's letter through this task, none at all, no such task
		assertThat(session.page(CaseLetterLinks.link(review.getId(), idsOf(other).get(0))).status()).isEqualTo(404);
		assertThat(session.page(CaseLetterLinks.link(review.getId(), 999_999_999L)).status()).isEqualTo(404);
		assertThat(session.page("/files/tasks/nothing/letters/" + ofCase.get(0)).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("GEN-3 FEE-5 an invoice's payment task (business key: the invoice number) lists its application's letters, which open from it for accounting")
	void invoiceTaskListsTheApplicationsLetters() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		Task payment = this.taskService.createTaskQuery()
			.processDefinitionKey(InvoiceProcess.KEY)
			.processVariableValueEquals(InvoiceProcess.VAR_APPLICATION_NUMBER, number)
			.taskDefinitionKey(InvoiceProcess.RECORD_PAYMENT)
			.singleResult();
		assertThat(payment).isNotNull();
		String businessKey = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(payment.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
		assertThat(businessKey).isNotEqualTo(number);
		String user = this.tasklist.userFor(payment);
		List<Long> ofCase = idsOf(number);
		assertThat(ofCase).isNotEmpty();

		Tasklist.Response rest = this.tasklist.get(user,
				"/engine-rest/task/" + payment.getId() + "/form-variables?deserializeValues=false");
		assertThat(rest.status()).as(rest.body()).isEqualTo(200);
		Tasklist.Session session = this.tasklist.session(user);
		Tasklist.Response webapp = session.get("/task/" + payment.getId() + "/form-variables?deserializeValues=false");
		for (Tasklist.Response form : List.of(rest, webapp)) {
			assertThat(letterIds(form.json().path(CaseLetterList.VIEW).path("value").asText(), payment.getId()))
				.containsExactlyElementsOf(ofCase);
		}
		Tasklist.Response pdf = session.page(CaseLetterLinks.link(payment.getId(), ofCase.get(0)));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");
		// and the letters API lets accounting read them: the invoice's task is theirs
		assertThat(this.tasklist.get(user, "/api/applications/" + number + "/letters").status()).isEqualTo(200);
	}

}
