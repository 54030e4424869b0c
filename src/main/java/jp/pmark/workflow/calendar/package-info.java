/**
 * The Japanese business calendar (CAL-1..3): national holidays from a maintained library,
 * the body's own closure days, and "N business days after" for timers and due dates in
 * BPMN.
 */
package jp.pmark.workflow.calendar;
