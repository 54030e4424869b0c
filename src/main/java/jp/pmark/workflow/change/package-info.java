/**
 * Change reports (変更報告, CHG-1..CHG-7): a business reports a change of its name, head
 * office, representative, contact or personal-information protection manager; the code
 * checks it, reception verifies it in Tasklist, and the applicant's record takes it with
 * its full history.
 */
package jp.pmark.workflow.change;
