package jp.pmark.floors.applicant;

/** Breaks the floors: the applicant records read a feature. */
public class Applicant {

	jp.pmark.floors.fee.Fee fee;

}
