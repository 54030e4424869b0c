/**
 * What belongs to no feature: numbering, refusals by rule, the current user, and the task
 * form framework that gives every user task its case view, its server-side validation and
 * its recording of the decision.
 */
package jp.pmark.workflow.common;
