package jp.pmark.floors.intake;

/** Breaks the floors: intake reads fee, a later stage. */
public class Intake {

	jp.pmark.floors.fee.Fee fee;

}
