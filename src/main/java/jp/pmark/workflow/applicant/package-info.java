/**
 * The applicant (事業者): the business that applies for, holds or reports to the mark, with
 * its names kept in JIS X 0208 (INT-11) and its corporate number checked (CHG-6).
 */
package jp.pmark.workflow.applicant;
