/**
 * The assessment case (審査案件) every stage works on: the application ({@link Application}:
 * kind, channel, status, suspension, the earlier assessment) and its journal; the ids of
 * {@code PmarkAssessmentProcess} ({@link AssessmentProcess}); the glue every stage shares
 * ({@link Applications}: find, lock and move the case, the case summary forms show;
 * {@link CaseNotes} for what later stages add to it; an administrator's interventions in
 * the journal). Above the applicant records, below every feature: intake records the case
 * here, later stages read and move it; it imports no feature.
 */
package jp.pmark.workflow.assessment;
