package jp.pmark.workflow.change;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * The start form of a change report that arrived on paper (CHG-1), entered by reception:
 * {@code forms/change-report.form}. {@link RegisterChangeReport} records it.
 */
@Component
public class ChangeReportStartForm implements StartForm<ChangeReportStartForm.Input> {

	/** What reception enters from the paper report. */
	public record Input(Channel channel, String registrationNumber, String applicationNumber, String corporateNumber,
			LocalDate reportedOn, LocalDate effectiveOn, List<ChangeKind> kinds, String newName, String newPostalCode,
			String newAddress, String newRepresentativeTitle, String newRepresentativeName,
			boolean registryPageAttached, String newContactName, String newContactDepartment,
			String newContactPostalCode, String newContactAddress, String newContactPhone, String newContactFax,
			String newContactEmail, String newProtectionManagerTitle, String newProtectionManagerName,
			ProofType proofType, boolean proofAttached, boolean reportFormAttached, String note) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class);

	static {
		// the new values' fields are the ones the API names (ChangeRequest.FIELD_KEYS)
		for (String key : ChangeRequest.FIELD_KEYS.values()) {
			if (CONTRACT.field(key) == null) {
				throw new IllegalStateException("change-report form has no field " + key);
			}
		}
	}

	private final ChangeReports reports;

	ChangeReportStartForm(ChangeReports reports) {
		this.reports = reports;
	}

	@Override
	public ProcessModel process() {
		return ChangeReportProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public void validate(Input input, Rules rules) {
		rules.require(input.channel() != null && input.channel().isPaper(), "channel", RuleId.CHG_1,
				"choose-how-paper-report-arrived");
		this.reports.check(read(input), rules);
	}

	/** The report the form describes. */
	ChangeRequest read(Input input) {
		Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
		kinds.addAll(input.kinds());
		Map<String, Object> submitted = FormValues.of(input).asMap();
		Map<ApplicantField, String> values = new EnumMap<>(ApplicantField.class);
		ChangeRequest.FIELD_KEYS.forEach((field, key) -> {
			if (submitted.get(key) instanceof String value && !value.isEmpty()) {
				values.put(field, value);
			}
		});
		Set<ChangeDocumentType> paper = EnumSet.noneOf(ChangeDocumentType.class);
		if (input.reportFormAttached()) {
			paper.add(ChangeDocumentType.REPORT_FORM);
		}
		if (input.proofAttached()) {
			paper.add(ChangeDocumentType.PROOF);
		}
		if (input.registryPageAttached()) {
			paper.add(ChangeDocumentType.REGISTRY_PAGE);
		}
		return new ChangeRequest(input.registrationNumber(), input.applicationNumber(), input.corporateNumber(),
				input.reportedOn(), input.effectiveOn(), kinds, values, input.proofType(), paper, List.of(),
				input.note(), (input.channel() == null) ? Channel.MAIL : input.channel());
	}

}
