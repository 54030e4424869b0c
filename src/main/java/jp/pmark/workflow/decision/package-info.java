/**
 * The committee's decision on eligibility (DEC-2..DEC-4): never delegated, never by a
 * member of the audit team, notified to the applicant as プライバシーマーク付与適格性審査結果について.
 */
package jp.pmark.workflow.decision;
