package jp.pmark.floors.merger;

/** Breaks the floors: merger reads incident, a later stage. */
public class Merger {

	jp.pmark.floors.incident.Incident incident;

}
