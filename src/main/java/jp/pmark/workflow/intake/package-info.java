/**
 * Intake of a new application (INT): the application and its documents, paper or online;
 * the receipt and acceptance check; disqualification screening; the confirmation that
 * justifies the start of the assessment; the case journal; the online intake API.
 */
package jp.pmark.workflow.intake;
