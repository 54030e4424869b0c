/**
 * Mergers, splits and business transfers (合併・分社等, MRG-1, MRG-2): a decision table
 * classifies the event into the source's types, staff collect the documents due and
 * confirm the outcome, and the outcome is applied to the registrations and applications
 * involved. An early notice opens a case that waits for the effective date.
 */
package jp.pmark.workflow.merger;
