package jp.pmark.floors.engine;

/** Breaks the floors: the engine room reads a feature. */
public class Engine {

	jp.pmark.floors.decision.Decision decision;

}
