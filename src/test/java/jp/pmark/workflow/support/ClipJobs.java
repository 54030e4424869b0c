package jp.pmark.workflow.support;

import java.util.ArrayList;
import java.util.List;

import jp.pmark.workflow.clip.ClipProcess;
import jp.pmark.workflow.clip.ClipReviewProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

import org.springframework.stereotype.Component;

/**
 * Runs a CLIP case's waiting continuations as the job executor would (it is off in the
 * tests): the calls of the review process and the review's ends start in jobs of their
 * own. Timers wait for the test to fire them.
 */
@Component
public class ClipJobs {

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	ClipJobs(RuntimeService runtimeService, ManagementService managementService) {
		this.runtimeService = runtimeService;
		this.managementService = managementService;
	}

	/** Runs the continuations of the case with this enrolment number until none wait. */
	public void settle(String enrolmentNumber) {
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = new ArrayList<>();
			for (String key : List.of(ClipProcess.KEY, ClipReviewProcess.KEY)) {
				this.runtimeService.createProcessInstanceQuery()
					.processDefinitionKey(key)
					.processInstanceBusinessKey(enrolmentNumber)
					.list()
					.forEach((instance) -> jobs.addAll(this.managementService.createJobQuery()
						.processInstanceId(instance.getId())
						.messages()
						.list()));
			}
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach((job) -> this.managementService.executeJob(job.getId()));
		}
	}

}
