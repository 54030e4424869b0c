package jp.pmark.workflow.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit.
 *
 * @param conflictLookbackYears AUD-5: a declared conflict (consulting, employment) that
 * ended fewer years ago than this still bars the auditor
 */
@ConfigurationProperties("pmark.audit")
public record AuditProperties(@DefaultValue("2") int conflictLookbackYears) {

}
