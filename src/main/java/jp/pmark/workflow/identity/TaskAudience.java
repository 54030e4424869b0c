package jp.pmark.workflow.identity;

import java.util.Set;

/**
 * A list of people a BPMN user task may name as the only ones who may take it
 * ({@code camunda:property restrictedToUsers}) or as those who may not
 * ({@code excludedUsers}), kept in the product's records: e.g. {@code auditTeam}, the
 * members of the case's audit team (AUD-4, DEC-3). Never a process variable, which is
 * only a copy for routing.
 */
public interface TaskAudience {

	/** The name a BPMN property uses, e.g. {@code auditTeam}. */
	String name();

	/** The user ids for the case (process key and business key). */
	Set<String> users(String processKey, String businessKey);

}
