package jp.pmark.floors.clip;

/**
 * Reads intake, which is allowed, and closes a circle through every stage; reads the
 * managers' view, which comes after it.
 */
public class Clip {

	jp.pmark.floors.intake.Intake intake;

	jp.pmark.floors.oversight.Oversight oversight;

}
