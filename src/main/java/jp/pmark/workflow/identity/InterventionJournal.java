package jp.pmark.workflow.identity;

/**
 * Where an administrator's intervention in a case through the engine's API (moving it,
 * setting its variables, completing a task plainly) is recorded, with who and why
 * (GEN-1): the case's own journal, kept by the feature the case belongs to.
 */
public interface InterventionJournal {

	/**
	 * Records the intervention when the case is one of this journal's; false otherwise.
	 * @param processKey the process of the case
	 * @param businessKey the case's number
	 * @param operation what was done, e.g. {@code POST
	 * /process-instance/{id}/modification}
	 * @param reason why, as the administrator gave it
	 * @param actor the administrator
	 */
	boolean record(String processKey, String businessKey, String operation, String reason, String actor);

}
