package jp.pmark.floors.assessment;

/** Breaks the floors: the assessment case reads a feature. */
public class Assessment {

	jp.pmark.floors.intake.Intake intake;

}
