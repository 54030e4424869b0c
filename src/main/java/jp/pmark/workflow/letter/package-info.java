/**
 * Letters the body sends (GEN-3): each recorded with all its contents, so that it can be
 * rendered as a PDF and mailed. It knows no feature: features call it with a kind, a
 * title, a recipient and the contents.
 */
package jp.pmark.workflow.letter;
