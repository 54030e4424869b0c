package jp.pmark.workflow.registration;

import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the renewal reminders (REN-3).
 *
 * @param reminderLead how long before the window opens the business is reminded
 * @param reminderTime the time of day the reminder goes out
 */
@ConfigurationProperties("pmark.renewal")
public record RenewalProperties(@DefaultValue("P1M") Period reminderLead,
		@DefaultValue("09:00") LocalTime reminderTime) {

}
