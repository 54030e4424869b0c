package jp.pmark.floors.calendar;

/** Breaks the floors: the ground floor reads a feature. */
public class Calendar {

	jp.pmark.floors.intake.Intake intake;

}
