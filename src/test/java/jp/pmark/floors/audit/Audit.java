package jp.pmark.floors.audit;

/** Breaks the floors: audit reads decision, a later stage. */
public class Audit {

	jp.pmark.floors.decision.Decision decision;

}
