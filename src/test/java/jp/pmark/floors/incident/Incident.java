package jp.pmark.floors.incident;

/** Breaks the floors: incident reads clip, a later stage. Also imports the demo. */
public class Incident {

	jp.pmark.floors.clip.Clip clip;

	jp.pmark.floors.demo.Demo demo;

}
