package jp.pmark.workflow.engine;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock: timers fall due by it, and the business calendar's "today" follows
 * it, so that tests and the demo that move the engine's time move the product's with it.
 * <p>
 * Why internals: the engine's time is kept only in {@code ClockUtil}; the public API has
 * no clock (Camunda's testing guide moves time with {@code ClockUtil} too).
 */
public final class EngineClock {

	private EngineClock() {
	}

	/** Now, by the engine. */
	public static Date now() {
		return ClockUtil.getCurrentTime();
	}

	/** Now, by the engine. */
	public static Instant instant() {
		return now().toInstant();
	}

	/** Sets the engine's time (the demo seeds cases at their days). */
	public static void set(Date time) {
		ClockUtil.setCurrentTime(time);
	}

	/** Back to real time. */
	public static void reset() {
		ClockUtil.reset();
	}

}
