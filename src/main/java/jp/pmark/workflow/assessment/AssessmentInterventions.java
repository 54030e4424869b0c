package jp.pmark.workflow.assessment;

import jp.pmark.workflow.identity.InterventionJournal;

import org.springframework.stereotype.Component;

/**
 * An administrator's intervention in an assessment, in the application's journal (GEN-1).
 */
@Component
class AssessmentInterventions implements InterventionJournal {

	private final Applications applications;

	AssessmentInterventions(Applications applications) {
		this.applications = applications;
	}

	@Override
	public boolean record(String processKey, String businessKey, String operation, String reason, String actor) {
		if (!AssessmentProcess.KEY.equals(processKey) || this.applications.find(businessKey).isEmpty()) {
			return false;
		}
		this.applications.journal(businessKey, "ADMIN_INTERVENTION", "管理者による操作（" + operation + "）。理由：" + reason, actor);
		return true;
	}

}
