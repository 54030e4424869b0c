package jp.pmark.workflow.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.guard.JisX0208;

import org.springframework.stereotype.Component;

/**
 * The start form of a paper application (INT-1), filled by reception in Tasklist:
 * {@code forms/paper-application.form}.
 */
@Component
class PaperApplicationForm implements StartForm {

	/** The form's fields: business data, removed from the process once recorded. */
	static final List<String> FIELDS = List.of("channel", "kind", "renewalOf", "changesSinceLastContract",
			"receivedRenewalDocuments", "appliedOn", "applicantName", "applicantNameKana", "corporateNumber",
			"postalCode", "address", "representativeTitle", "representativeName", "contactName", "contactDepartment",
			"contactPostalCode", "contactAddress", "contactPhone", "contactEmail", "industry", "capitalYen",
			"headcount", "fullTimeStaff", "assessmentRequested", "consentGiven", "registryCertificateIssuedOn",
			"receivedDocuments");

	private final IntakeService intake;

	PaperApplicationForm(IntakeService intake) {
		this.intake = intake;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		Channel channel = channel(input);
		rules.require(channel != null && channel.isPaper(), "channel", "INT-1", "受付方法（窓口持参または郵送・宅配便）を選んでください。",
				"Choose how the paper application arrived.");
		rules.require(input.has("applicantName") && JisX0208.degrade(input.text("applicantName")) != null,
				"applicantName", "GEN-2", "事業者名を入力してください。", "Enter the business name.");
		this.intake.check(read(input), rules);
	}

	/** The application the form describes. */
	NewApplication read(FormInput input) {
		ApplicantData applicant = new ApplicantData(input.text("applicantName"), input.text("applicantNameKana"),
				input.text("corporateNumber"), input.text("postalCode"), input.text("address"),
				input.text("representativeTitle"), input.text("representativeName"), input.text("contactName"),
				input.text("contactDepartment"), input.text("contactPostalCode"), input.text("contactAddress"),
				input.text("contactPhone"), input.text("contactEmail"), industry(input), input.number("capitalYen"),
				integer(input.number("headcount")), integer(input.number("fullTimeStaff")));
		ApplicationKind kind = kind(input);
		Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
		String documentsField = (kind == ApplicationKind.RENEWAL) ? "receivedRenewalDocuments" : "receivedDocuments";
		for (String code : input.list(documentsField)) {
			try {
				documents.add(DocumentType.valueOf(code));
			}
			catch (IllegalArgumentException ex) {
				// an unknown code is not a document of ours
			}
		}
		Channel channel = channel(input);
		return new NewApplication(applicant, kind, (channel == null) ? Channel.IN_PERSON : channel,
				input.date("appliedOn"), input.bool("assessmentRequested"), input.bool("consentGiven"),
				input.date("registryCertificateIssuedOn"), documents, List.of(),
				(kind == ApplicationKind.RENEWAL) ? input.text("renewalOf") : null,
				kind == ApplicationKind.RENEWAL && input.bool("changesSinceLastContract"));
	}

	/** 新規 unless the form says 更新. */
	private static ApplicationKind kind(FormInput input) {
		return "RENEWAL".equals(input.text("kind")) ? ApplicationKind.RENEWAL : ApplicationKind.NEW;
	}

	private static Channel channel(FormInput input) {
		try {
			return input.has("channel") ? Channel.valueOf(input.text("channel")) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Industry industry(FormInput input) {
		try {
			return input.has("industry") ? Industry.valueOf(input.text("industry")) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer integer(Long value) {
		return (value == null) ? null : value.intValue();
	}

}
