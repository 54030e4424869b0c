/**
 * People and rights (SPEC §1): the staff groups, Camunda authorizations granted once per
 * group (never per task), the rule that a person sees and works only the tasks offered to
 * their groups, Tasklist filters, and authentication of the REST API.
 */
package jp.pmark.workflow.identity;
