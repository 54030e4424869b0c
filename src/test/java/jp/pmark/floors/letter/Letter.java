package jp.pmark.floors.letter;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Breaks the floors: an engine internal outside the engine room. */
public class Letter {

	Date today() {
		return ClockUtil.getCurrentTime();
	}

}
