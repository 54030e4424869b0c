/**
 * The managers' view of every case (案件の状況, SPEC §1: assessment managers watch deadlines
 * and incidents): per process, how many cases wait at each stage and how many of them are
 * late against their due dates, unpaid invoices, incident reports still open, renewal
 * windows about to close, and the list behind each number. One service behind the
 * product's API ({@code /api/oversight}, HTTP Basic) and a page linked from Cockpit
 * ({@code /oversight/}, the webapps' login). It reads the features; nothing imports it.
 */
package jp.pmark.workflow.oversight;
