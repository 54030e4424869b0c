package jp.pmark.workflow.assessment;

import java.util.List;

/**
 * Notes that later capabilities add to the case summary every assessment form shows, e.g.
 * a change report that arrived while the assessment runs (CHG-1). The assessment does not
 * import them; they implement this.
 */
public interface CaseNotes {

	/**
	 * Lines "label：text" for the application's case summary; none when nothing applies.
	 */
	List<String> notes(Application application);

}
