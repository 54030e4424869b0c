/**
 * The assessment by the audit team: auditors and their records, agreements and conflicts
 * (AUD-2, AUD-3, AUD-5); the audit plan and team (AUD-1..AUD-8); document review (DOC);
 * on-site audit (SITE, INT-12); findings document and improvement reports (FND); the
 * completion report (DEC-1).
 */
package jp.pmark.workflow.audit;
