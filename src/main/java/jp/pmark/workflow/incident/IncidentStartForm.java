package jp.pmark.workflow.incident;

import java.util.List;

import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.intake.Channel;

import org.springframework.stereotype.Component;

/**
 * The start form of an incident report that staff enter in Tasklist (by phone, mail or in
 * person): {@code forms/incident-report.form}.
 */
@Component
class IncidentStartForm implements StartForm {

	/** The form's fields: business data, removed from the process once recorded. */
	static final List<String> FIELDS = List.of("channel", "reporterStatus", "registrationNumber", "applicationNumber",
			"businessName", "corporateNumber", "discoveredOn", "occurredOn", "category", "suspectedOnly",
			"personsAffected", "sensitive", "specificPersonal", "specificPersons", "networkSystem",
			"viewedByUnspecified", "malicious", "financialDamage", "seriousViolation", "secondaryDamageLikely",
			"summary", "reportKind", "reportedOn");

	private final Incidents incidents;

	IncidentStartForm(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public String processKey() {
		return IncidentProcess.KEY;
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		rules.require(parse(Channel.class, input.text("channel")) != null, "channel", "INC-7", "受付方法を選んでください。",
				"Choose how the report arrived.");
		for (String key : List.of("personsAffected", "specificPersons")) {
			if (input.has(key)) {
				rules.require(input.number(key) != null, key, "INC-3", "人数は数字で入力してください。", "Enter a number.");
			}
		}
		this.incidents.check(read(input), rules);
	}

	/** The report the form describes. */
	IncidentRequest read(FormInput input) {
		Channel channel = parse(Channel.class, input.text("channel"));
		return new IncidentRequest(parse(ReporterStatus.class, input.text("reporterStatus")),
				input.text("registrationNumber"), input.text("applicationNumber"), input.text("businessName"),
				input.text("corporateNumber"), input.date("discoveredOn"), input.date("occurredOn"),
				parse(IncidentCategory.class, input.text("category")), input.bool("suspectedOnly"),
				toInteger(input.number("personsAffected")), input.bool("sensitive"), input.bool("specificPersonal"),
				toInteger(input.number("specificPersons")), input.bool("networkSystem"),
				input.bool("viewedByUnspecified"), input.bool("malicious"), input.bool("financialDamage"),
				input.bool("seriousViolation"), input.bool("secondaryDamageLikely"), input.text("summary"),
				parse(ReportKind.class, input.text("reportKind")), input.date("reportedOn"),
				(channel == null) ? Channel.MAIL : channel);
	}

	private static Integer toInteger(Long value) {
		return (value == null) ? null
				: Math.toIntExact(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value)));
	}

	static <E extends Enum<E>> E parse(Class<E> type, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, code.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
