/**
 * Input guards, the ground floor every feature uses: corporate numbers (CHG-6),
 * individual numbers that must never be stored (CHG-5), JIS X 0208 names (INT-11) and the
 * type of an uploaded file judged by its content (INT-2). Each refusal is a
 * {@link RuleViolation} with its rule id and a Japanese and an English message.
 */
package jp.pmark.workflow.guard;
