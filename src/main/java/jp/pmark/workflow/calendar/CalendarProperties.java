package jp.pmark.workflow.calendar;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the business calendar.
 *
 * @param zone the zone in which the body's days begin and end
 * @param closureDays the body's own closure days (CAL-1), each {@code MM-dd} or a range
 * {@code MM-dd..MM-dd} that may run over the new year
 */
@ConfigurationProperties("pmark.calendar")
public record CalendarProperties(@DefaultValue("Asia/Tokyo") ZoneId zone,
		@DefaultValue("12-29..01-03") List<String> closureDays) {

}
