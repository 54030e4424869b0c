package jp.pmark.workflow.calendar;

import java.nio.file.Path;

/**
 * Keeps businessCalendar4j from fetching the Cabinet Office holiday CSV over the network.
 *
 * <p>
 * The library reads the system property {@code SYUKUJITSU_URL} once, on first use of any
 * of its classes, and refetches from it every month. Pointed at a file that does not
 * exist it falls back to its bundled data and computes later years itself (CAL-2). When
 * the body keeps a newer Cabinet Office CSV (Shift_JIS, with header),
 * {@code PMARK_HOLIDAY_CSV} names it and the library reads that file instead.
 */
public final class HolidayData {

	static final String LIBRARY_PROPERTY = "SYUKUJITSU_URL";

	static final String CSV_ENVIRONMENT_VARIABLE = "PMARK_HOLIDAY_CSV";

	private static final String NO_DOWNLOAD = "file:///nonexistent/pmark-workflow/syukujitsu.csv";

	private HolidayData() {
	}

	/** Must run before the first use of any businessCalendar4j class; idempotent. */
	public static synchronized void useOfflineData() {
		if (System.getProperty(LIBRARY_PROPERTY) != null) {
			return;
		}
		String csv = System.getenv(CSV_ENVIRONMENT_VARIABLE);
		String url = (csv == null || csv.isBlank()) ? NO_DOWNLOAD : Path.of(csv).toUri().toString();
		System.setProperty(LIBRARY_PROPERTY, url);
	}

}
