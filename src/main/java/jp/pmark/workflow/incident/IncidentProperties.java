package jp.pmark.workflow.incident;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Incident report settings.
 *
 * @param promptReportDays INC-3: the prompt report is due this many days after discovery
 * (the source says about 3 to 5)
 */
@ConfigurationProperties("pmark.incidents")
public record IncidentProperties(@DefaultValue("5") int promptReportDays) {
}
