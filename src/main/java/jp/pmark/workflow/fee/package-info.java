/**
 * Fees and invoices (FEE): the fee schedule from configuration with effective dates, the
 * size class by DMN, invoices for the application, document review and on-site audit
 * fees, payments recorded once, and the suspension of an assessment while a fee is
 * overdue.
 */
package jp.pmark.workflow.fee;
