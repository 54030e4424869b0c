package jp.pmark.floors.registration;

/** Breaks the floors: registration reads change, a later stage. */
public class Registration {

	jp.pmark.floors.change.Change change;

}
