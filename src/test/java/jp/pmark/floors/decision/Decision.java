package jp.pmark.floors.decision;

/** Breaks the floors: decision reads registration, a later stage. */
public class Decision {

	jp.pmark.floors.registration.Registration registration;

}
