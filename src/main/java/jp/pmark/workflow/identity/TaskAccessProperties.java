package jp.pmark.workflow.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who sees which tasks.
 *
 * @param oversightGroups groups whose members see every open task (to watch deadlines),
 * though they still work only the tasks offered to them; administrators always see all
 */
@ConfigurationProperties("pmark.tasks")
public record TaskAccessProperties(@DefaultValue("assessment-managers") List<String> oversightGroups) {

}
