package jp.pmark.workflow.identity;

import java.util.List;

import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §1: whoever claimed a task can release it again, in every group that works tasks,
 * on both mounts of the engine's API; releasing someone else's task, or handing a task to
 * a colleague, is the managers' (who may reassign).
 */
@PmarkSpringTest
class ClaimReleaseTest {

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	Applications applications;

	@Autowired
	InvoiceService invoices;

	private String assignee(Task task) {
		return this.taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
	}

	private void claimAndRelease(Task task, String user) {
		Tasklist.Response claimed = this.tasklist.claim(task.getId(), user);
		assertThat(claimed.status()).as("%s claims %s: %s", user, task.getTaskDefinitionKey(), claimed.body())
			.isEqualTo(204);
		assertThat(assignee(task)).isEqualTo(user);
		Tasklist.Response released = this.tasklist.unclaim(task.getId(), user);
		assertThat(released.status()).as("%s releases %s: %s", user, task.getTaskDefinitionKey(), released.body())
			.isEqualTo(204);
		assertThat(assignee(task)).isNull();
		// the same in Tasklist's own mount, with the session and its XSRF header
		Tasklist.Session session = this.tasklist.session(user);
		assertThat(session.post("/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}").status())
			.as("%s claims %s in Tasklist", user, task.getTaskDefinitionKey())
			.isEqualTo(204);
		assertThat(assignee(task)).isEqualTo(user);
		assertThat(session.post("/task/" + task.getId() + "/unclaim", null).status())
			.as("%s releases %s in Tasklist", user, task.getTaskDefinitionKey())
			.isEqualTo(204);
		assertThat(assignee(task)).isNull();
	}

	@Test
	@DisplayName("SPEC §1 reception, accounting, managers and the committee each claim a task of theirs and release it again, on both mounts of the REST API")
	void everyGroupReleasesWhatItClaimed() {
		String number = this.driver.applyOnline();
		claimAndRelease(this.driver.task(number, AssessmentProcess.CHECK_RECEIPT), Fixtures.RECEPTION);
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		String invoice = this.invoices.invoicesOf(this.applications.get(number)).get(0).getInvoiceNumber();
		Task payment = this.taskService.createTaskQuery()
			.processDefinitionKey(InvoiceProcess.KEY)
			.processInstanceBusinessKey(invoice)
			.singleResult();
		claimAndRelease(payment, Fixtures.ACCOUNTING);
		claimAndRelease(this.driver.task(number, AssessmentProcess.SCREEN_DISQUALIFICATION), Fixtures.MANAGER);

		String decided = this.driver.toDecision(false);
		claimAndRelease(this.driver.task(decided, AssessmentProcess.DECIDE_ELIGIBILITY), Fixtures.COMMITTEE_A);
	}

	@Test
	@DisplayName("SPEC §1 AUD-4 the team leader releases a team task assigned to them; another member of the team (an auditor) then takes it and releases it, on both mounts")
	void teamLeaderReleases() {
		String number = this.driver.applyOnline();
		for (String task : List.of(AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM)) {
			this.driver.complete(number, task);
		}
		Task review = this.driver.task(number, AssessmentProcess.REVIEW_DOCUMENTS);
		assertThat(review.getAssignee()).isEqualTo(Fixtures.LEAD_A);
		assertThat(this.tasklist.unclaim(review.getId(), Fixtures.LEAD_A).status()).isEqualTo(204);
		assertThat(this.tasklist.claim(review.getId(), Fixtures.LEAD_B).status()).as("not on the team").isEqualTo(403);
		assertThat(this.tasklist.claim(review.getId(), Fixtures.AUDITOR_A).status()).isEqualTo(204);
		assertThat(assignee(review)).isEqualTo(Fixtures.AUDITOR_A);
		// an auditor of the team releases it too, and claims it again, on both mounts
		assertThat(this.tasklist.unclaim(review.getId(), Fixtures.AUDITOR_A).status()).isEqualTo(204);
		assertThat(assignee(review)).isNull();
		claimAndRelease(review, Fixtures.AUDITOR_A);
	}

	@Test
	@DisplayName("SPEC §1 claim and release work on Tasklist's own mount too; a colleague cannot release or take over someone's task, a manager can reassign it")
	void othersClaimsAreTheManagers() {
		String number = this.driver.applyOnline();
		Task task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		Tasklist.Session reception = this.tasklist.session(Fixtures.RECEPTION);
		assertThat(reception.post("/task/" + task.getId() + "/claim", "{\"userId\":\"" + Fixtures.RECEPTION + "\"}")
			.status()).isEqualTo(204);
		assertThat(reception.post("/task/" + task.getId() + "/unclaim", null).status()).isEqualTo(204);
		assertThat(assignee(task)).isNull();
		assertThat(reception.post("/task/" + task.getId() + "/claim", "{\"userId\":\"" + Fixtures.RECEPTION + "\"}")
			.status()).isEqualTo(204);

		String colleague = "t-reception-2";
		TestUsers.ensure(this.identityService, colleague, List.of("reception"));
		Tasklist.Response reset = this.tasklist.post(colleague, "/engine-rest/task/" + task.getId() + "/assignee",
				"{\"userId\":null}");
		assertThat(reset.status()).isEqualTo(403);
		Tasklist.Response handOver = reception.post("/task/" + task.getId() + "/assignee",
				"{\"userId\":\"" + colleague + "\"}");
		assertThat(handOver.status()).isEqualTo(403);
		assertThat(handOver.message()).contains("審査管理者だけ");
		Tasklist.Response candidates = reception.post("/task/" + task.getId() + "/identity-links",
				"{\"groupId\":\"committee\",\"type\":\"candidate\"}");
		assertThat(candidates.status()).as("a task's candidates are the model's").isEqualTo(403);
		assertThat(assignee(task)).isEqualTo(Fixtures.RECEPTION);

		Tasklist.Response reassigned = this.tasklist.post(Fixtures.MANAGER,
				"/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"" + colleague + "\"}");
		assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(204);
		assertThat(assignee(task)).isEqualTo(colleague);
	}

}
