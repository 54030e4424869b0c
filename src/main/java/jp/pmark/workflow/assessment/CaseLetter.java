package jp.pmark.workflow.assessment;

import java.util.Map;

/**
 * A letter of an assessment as its text: its kind (e.g. {@code TEAM_NOTICE}), its title
 * and its contents in the order the letter shows them. Built by a feature's letters class
 * from the records, without Spring or the engine; the feature's service sends it.
 *
 * @param kind the letter's kind, as the letter log keeps it
 * @param title the letter's title
 * @param contents the letter's items, in order
 */
public record CaseLetter(String kind, String title, Map<String, Object> contents) {

}
