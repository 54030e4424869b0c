package jp.pmark.workflow.clip;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * CLIP-7: a token bucket per client of the public register. Each client may make
 * {@code perMinute} lookups at once, and one more every {@code 60 / perMinute} seconds.
 * Memory is bounded: a client whose bucket has filled up again is the same as one never
 * seen and is dropped at the next sweep (at most once a minute), and beyond
 * {@code maxClients} the least recently seen is forgotten. Time comes from the
 * {@code nanoTime} given, so that a test moves it without sleeping.
 */
final class RegisterRateLimiter {

	private static final long MINUTE = 60_000_000_000L;

	private final int perMinute;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> buckets;

	private long lastSweep;

	RegisterRateLimiter(int perMinute, int maxClients, LongSupplier nanoTime) {
		this.perMinute = perMinute;
		this.nanoTime = nanoTime;
		this.lastSweep = nanoTime.getAsLong();
		this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxClients;
			}
		};
	}

	/**
	 * Takes one lookup from the client's allowance.
	 * @return 0 when the lookup may go ahead, else the whole seconds (at least 1) until
	 * it may
	 */
	synchronized long acquire(String client) {
		long now = this.nanoTime.getAsLong();
		sweep(now);
		Bucket bucket = this.buckets.computeIfAbsent(client, (key) -> new Bucket(this.perMinute, now));
		bucket.refill(now, this.perMinute);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		// to the millisecond first: no second more for a rounding error
		long millisToOne = Math.round((1 - bucket.tokens) * MINUTE / this.perMinute / 1e6);
		return Math.max(1, (millisToOne + 999) / 1000);
	}

	/** How many clients are remembered. */
	synchronized int clients() {
		return this.buckets.size();
	}

	/** Forgets every client: all start again with a full allowance. */
	synchronized void reset() {
		this.buckets.clear();
	}

	private void sweep(long now) {
		if (now - this.lastSweep < MINUTE) {
			return;
		}
		this.lastSweep = now;
		for (Iterator<Bucket> it = this.buckets.values().iterator(); it.hasNext();) {
			Bucket bucket = it.next();
			bucket.refill(now, this.perMinute);
			if (bucket.tokens >= this.perMinute) {
				it.remove();
			}
		}
	}

	private static final class Bucket {

		private double tokens;

		private long at;

		Bucket(int tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		void refill(long now, int perMinute) {
			long elapsed = now - this.at;
			if (elapsed > 0) {
				this.tokens = Math.min(perMinute, this.tokens + (double) elapsed * perMinute / MINUTE);
				this.at = now;
			}
		}

	}

}
