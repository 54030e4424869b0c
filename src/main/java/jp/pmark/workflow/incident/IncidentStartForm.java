package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * The start form of an incident report that staff enter in Tasklist (by phone, mail or in
 * person): {@code forms/incident-report.form}. {@link RegisterIncident} records it.
 */
@Component
public class IncidentStartForm implements StartForm<IncidentStartForm.Input> {

	/** What staff enter from the report. */
	public record Input(Channel channel, ReporterStatus reporterStatus, String registrationNumber,
			String applicationNumber, String businessName, String corporateNumber, LocalDate discoveredOn,
			LocalDate occurredOn, IncidentCategory category, boolean suspectedOnly, Integer personsAffected,
			boolean sensitive, boolean financialDamage, boolean malicious, boolean seriousViolation,
			boolean specificPersonal, Integer specificPersons, boolean networkSystem, boolean viewedByUnspecified,
			boolean secondaryDamageLikely, String summary, ReportKind reportKind, LocalDate reportedOn) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class);

	private final Incidents incidents;

	IncidentStartForm(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public ProcessModel process() {
		return IncidentProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public void validate(Input input, Rules rules) {
		rules.require(input.channel() != null, "channel", RuleId.INC_7, "choose-how-report-arrived");
		this.incidents.check(read(input), rules);
	}

	/** The report the form describes. */
	IncidentRequest read(Input input) {
		return new IncidentRequest(input.reporterStatus(), input.registrationNumber(), input.applicationNumber(),
				input.businessName(), input.corporateNumber(), input.discoveredOn(), input.occurredOn(),
				input.category(), input.suspectedOnly(), input.personsAffected(), input.sensitive(),
				input.specificPersonal(), input.specificPersons(), input.networkSystem(), input.viewedByUnspecified(),
				input.malicious(), input.financialDamage(), input.seriousViolation(), input.secondaryDamageLikely(),
				input.summary(), input.reportKind(), input.reportedOn(),
				(input.channel() == null) ? Channel.MAIL : input.channel());
	}

}
