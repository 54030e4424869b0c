package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StartForm;
import jp.pmark.workflow.guard.JisX0208;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * The start form of a paper application (INT-1), filled by reception in Tasklist:
 * {@code forms/paper-application.form}. {@link RegisterPaperApplication} records it.
 */
@Component
public class PaperApplicationForm implements StartForm<PaperApplicationForm.Input> {

	/** What reception enters from the paper application. */
	public record Input(Channel channel, ApplicationKind kind, String renewalOf, boolean changesSinceLastContract,
			LocalDate appliedOn, String applicantName, String applicantNameKana, String corporateNumber,
			String postalCode, String address, String representativeTitle, String representativeName,
			String contactName, String contactDepartment, String contactPostalCode, String contactAddress,
			String contactPhone, String contactEmail, Industry industry, Long capitalYen, Integer headcount,
			Integer fullTimeStaff, boolean assessmentRequested, boolean consentGiven,
			LocalDate registryCertificateIssuedOn, List<DocumentType> receivedDocuments,
			List<DocumentType> receivedRenewalDocuments) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class);

	private final IntakeService intake;

	PaperApplicationForm(IntakeService intake) {
		this.intake = intake;
	}

	@Override
	public ProcessModel process() {
		return AssessmentProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public void validate(Input input, Rules rules) {
		rules.require(input.channel() != null && input.channel().isPaper(), "channel", RuleId.INT_1,
				"choose-how-paper-application-arrived");
		rules.require(input.applicantName() != null && JisX0208.degrade(input.applicantName()) != null, "applicantName",
				RuleId.GEN_2, "enter-business-name");
		this.intake.check(read(input), rules);
	}

	/** The application the form describes. */
	NewApplication read(Input input) {
		ApplicantData applicant = new ApplicantData(input.applicantName(), input.applicantNameKana(),
				input.corporateNumber(), input.postalCode(), input.address(), input.representativeTitle(),
				input.representativeName(), input.contactName(), input.contactDepartment(), input.contactPostalCode(),
				input.contactAddress(), input.contactPhone(), input.contactEmail(), input.industry(),
				input.capitalYen(), input.headcount(), input.fullTimeStaff());
		ApplicationKind kind = (input.kind() == ApplicationKind.RENEWAL) ? ApplicationKind.RENEWAL
				: ApplicationKind.NEW;
		Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
		documents
			.addAll((kind == ApplicationKind.RENEWAL) ? input.receivedRenewalDocuments() : input.receivedDocuments());
		Channel channel = (input.channel() == null) ? Channel.IN_PERSON : input.channel();
		return new NewApplication(applicant, kind, channel, input.appliedOn(), input.assessmentRequested(),
				input.consentGiven(), input.registryCertificateIssuedOn(), documents, List.of(),
				(kind == ApplicationKind.RENEWAL) ? input.renewalOf() : null,
				kind == ApplicationKind.RENEWAL && input.changesSinceLastContract());
	}

}
