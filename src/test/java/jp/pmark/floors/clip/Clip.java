package jp.pmark.floors.clip;

/** Reads intake, which is allowed, and closes a circle through every stage. */
public class Clip {

	jp.pmark.floors.intake.Intake intake;

}
