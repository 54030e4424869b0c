package jp.pmark.floors.change;

/** Breaks the floors: change reads merger, a later stage. */
public class Change {

	jp.pmark.floors.merger.Merger merger;

}
