package jp.pmark.workflow.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The body's own closure days (CAL-1), such as the year-end holidays 12-29..01-03.
 */
final class ClosureDays implements Predicate<LocalDate> {

	private record Range(MonthDay from, MonthDay to) {

		boolean contains(MonthDay day) {
			if (!this.from.isAfter(this.to)) {
				return !day.isBefore(this.from) && !day.isAfter(this.to);
			}
			// runs over the new year, e.g. 12-29..01-03
			return !day.isBefore(this.from) || !day.isAfter(this.to);
		}

	}

	private final List<Range> ranges;

	private ClosureDays(List<Range> ranges) {
		this.ranges = List.copyOf(ranges);
	}

	static ClosureDays parse(List<String> specs) {
		List<Range> ranges = new ArrayList<>();
		for (String spec : specs) {
			String trimmed = spec.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			String[] parts = trimmed.split("\\.\\.", -1);
			if (parts.length > 2) {
				throw new IllegalArgumentException("closure day '" + spec + "' is not MM-dd or MM-dd..MM-dd");
			}
			MonthDay from = monthDay(parts[0], spec);
			MonthDay to = (parts.length == 2) ? monthDay(parts[1], spec) : from;
			ranges.add(new Range(from, to));
		}
		return new ClosureDays(ranges);
	}

	private static MonthDay monthDay(String text, String spec) {
		try {
			return MonthDay.parse("--" + text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("closure day '" + spec + "' is not MM-dd or MM-dd..MM-dd", ex);
		}
	}

	@Override
	public boolean test(LocalDate date) {
		MonthDay day = MonthDay.from(date);
		return this.ranges.stream().anyMatch((range) -> range.contains(day));
	}

}
