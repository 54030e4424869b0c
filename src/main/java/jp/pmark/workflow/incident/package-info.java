/**
 * Incident reports (個人情報の取扱いに関する事故の報告, INC-1..INC-7): a business that holds the mark, is
 * under assessment or considers applying reports an incident; a decision table says
 * whether a prompt report is due and when the final report is; reception receives the
 * reports, a missed deadline escalates to the assessment managers, likely secondary
 * damage is reported to JIPDEC at once, and the committee decides the disqualification
 * level and the measure, which a suspension or revocation carries to the registration.
 */
package jp.pmark.workflow.incident;
