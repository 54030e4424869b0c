/**
 * The handoff to the granting body (JIP): the report of an eligible decision to JIPDEC,
 * retried until acknowledged; the 3-month contract deadline; the registration JIPDEC
 * returns.
 */
package jp.pmark.workflow.registration;
