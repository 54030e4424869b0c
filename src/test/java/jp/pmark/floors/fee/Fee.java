package jp.pmark.floors.fee;

/** Breaks the floors: fee reads audit, a later stage. */
public class Fee {

	jp.pmark.floors.audit.Audit audit;

}
