package jp.pmark.workflow.change;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.intake.Channel;

import org.springframework.stereotype.Component;

/**
 * The start form of a change report that reception enters in Tasklist from paper:
 * {@code forms/change-report.form}.
 */
@Component
class ChangeReportStartForm implements StartForm {

	/** The form's fields: business data, removed from the process once recorded. */
	static final List<String> FIELDS = fields();

	private final ChangeReports reports;

	ChangeReportStartForm(ChangeReports reports) {
		this.reports = reports;
	}

	@Override
	public String processKey() {
		return ChangeReportProcess.KEY;
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		Channel channel = channel(input);
		rules.require(channel != null && channel.isPaper(), "channel", "CHG-1", "受付方法（窓口持参または郵送・宅配便）を選んでください。",
				"Choose how the paper report arrived.");
		this.reports.check(read(input), rules);
	}

	/** The report the form describes. */
	ChangeRequest read(FormInput input) {
		Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
		for (String code : input.list("kinds")) {
			try {
				kinds.add(ChangeKind.valueOf(code));
			}
			catch (IllegalArgumentException ex) {
				// not one of the five
			}
		}
		Map<ApplicantField, String> values = new EnumMap<>(ApplicantField.class);
		ChangeRequest.FIELD_KEYS.forEach((field, key) -> {
			if (input.has(key)) {
				values.put(field, input.text(key));
			}
		});
		Set<ChangeDocumentType> paper = EnumSet.noneOf(ChangeDocumentType.class);
		if (input.bool("reportFormAttached")) {
			paper.add(ChangeDocumentType.REPORT_FORM);
		}
		if (input.bool("proofAttached")) {
			paper.add(ChangeDocumentType.PROOF);
		}
		if (input.bool("registryPageAttached")) {
			paper.add(ChangeDocumentType.REGISTRY_PAGE);
		}
		ProofType proofType = null;
		if (input.has("proofType")) {
			try {
				proofType = ProofType.valueOf(input.text("proofType"));
			}
			catch (IllegalArgumentException ex) {
				// not one of ours
			}
		}
		Channel channel = channel(input);
		return new ChangeRequest(input.text("registrationNumber"), input.text("applicationNumber"),
				input.text("corporateNumber"), input.date("reportedOn"), input.date("effectiveOn"), kinds, values,
				proofType, paper, List.of(), input.text("note"), (channel == null) ? Channel.MAIL : channel);
	}

	private static Channel channel(FormInput input) {
		try {
			return input.has("channel") ? Channel.valueOf(input.text("channel")) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static List<String> fields() {
		List<String> fields = new ArrayList<>(List.of("channel", "registrationNumber", "applicationNumber",
				"corporateNumber", "reportedOn", "effectiveOn", "kinds", "proofType", "proofAttached",
				"registryPageAttached", "reportFormAttached", "note"));
		fields.addAll(ChangeRequest.FIELD_KEYS.values());
		return List.copyOf(fields);
	}

}
