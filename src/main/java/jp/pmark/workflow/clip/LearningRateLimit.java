package jp.pmark.workflow.clip;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CLIP-4: how many answer sheets one e-learning link takes a minute (a fixed window per
 * link, in this node's memory). Enough for a whole office answering at once, too few to
 * try employee codes or names by the thousand. Links not used for a while are forgotten.
 */
final class LearningRateLimit {

	/** Links remembered before the idle ones are forgotten. */
	private static final int REMEMBERED = 10_000;

	private static final long MINUTE = 60_000;

	private final int perMinute;

	private final Map<String, long[]> windows = new ConcurrentHashMap<>();

	LearningRateLimit(int perMinute) {
		this.perMinute = perMinute;
	}

	/**
	 * Takes one sheet of the link: 0 when it may be read, else the seconds until the
	 * link's next minute.
	 */
	long take(String token) {
		long now = System.currentTimeMillis();
		if (this.windows.size() > REMEMBERED) {
			this.windows.values().removeIf((window) -> now - window[0] >= MINUTE);
			if (this.windows.size() > REMEMBERED) {
				// a flood of made-up links: forget them all rather than grow
				this.windows.clear();
			}
		}
		String key = (token.length() > 41) ? token.substring(0, 41) : token;
		long[] window = this.windows.compute(key, (link, current) -> {
			if (current == null || now - current[0] >= MINUTE) {
				return new long[] { now, 1 };
			}
			current[1]++;
			return current;
		});
		if (window[1] <= this.perMinute) {
			return 0;
		}
		return Math.max(1, (window[0] + MINUTE - now + 999) / 1000);
	}

}
