/**
 * Intake of a new application (INT): receiving it, paper or online, with its documents;
 * the receipt and acceptance check; disqualification screening; the confirmation that
 * justifies the start of the assessment; the online intake API. The application itself,
 * its journal and the process ids are the assessment case's ({@code assessment}).
 */
package jp.pmark.workflow.intake;
