package jp.pmark.workflow.intake;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 審査着手を確認する (assessment managers, INT-8, INT-10): the audit must not start until a) to d)
 * are all confirmed; the record of who confirmed what and when justifies the start.
 */
@Component
public class StartConfirmationForm extends AssessmentTaskForm<StartConfirmationForm.Input> {

	/** 着手する / 着手しない. */
	public enum StartDecision {

		START, NOT_START

	}

	/** What the manager submits: each of INT-8 a) to d) and INT-10, and the decision. */
	public record Input(boolean documentsSatisfy, boolean trainingAllEmployees, boolean internalAuditAllDepartments,
			boolean informationSufficient, boolean withinScope, boolean notDisqualified, StartDecision startDecision,
			String startComment) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "earlierChecks", "documentLinks");

	private final SubmittedDocuments documents;

	private final ReceiptCheckRepository receiptChecks;

	private final DisqualificationScreeningRepository screenings;

	private final StartConfirmationRepository confirmations;

	StartConfirmationForm(Applications applications, SubmittedDocuments documents, ReceiptCheckRepository receiptChecks,
			DisqualificationScreeningRepository screenings, StartConfirmationRepository confirmations,
			CurrentUser currentUser) {
		super(AssessmentProcess.CONFIRM_ASSESSMENT_START, CONTRACT, applications, currentUser);
		this.documents = documents;
		this.receiptChecks = receiptChecks;
		this.screenings = screenings;
		this.confirmations = confirmations;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		StringBuilder earlier = new StringBuilder();
		this.receiptChecks.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.ifPresent((check) -> earlier.append("書類確認：")
				.append(check.getOutcome().japaneseName())
				.append("（")
				.append(check.getRecordedBy())
				.append("）\n"));
		this.screenings.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.ifPresent((screening) -> earlier.append("欠格事由：")
				.append(screening.getOutcome().japaneseName())
				.append("（")
				.append(screening.getRecordedBy())
				.append("）\n"));
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("documentLinks", this.documents.documentLinks(view.taskId(), number))
			.show("earlierChecks", earlier.toString().stripTrailing());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		StartDecision decision = input.startDecision();
		rules.require(decision != null, "startDecision", RuleId.INT_8, "choose-whether-assessment-starts");
		rules.add(IndividualNumbers.check("startComment", input.startComment()));
		if (decision == StartDecision.START) {
			confirmed(rules, input.documentsSatisfy(), "documentsSatisfy", RuleId.INT_8,
					"documents-satisfy-unconfirmed");
			confirmed(rules, input.informationSufficient(), "informationSufficient", RuleId.INT_8,
					"information-sufficient-unconfirmed");
			confirmed(rules, input.withinScope(), "withinScope", RuleId.INT_8, "within-scope-unconfirmed");
			confirmed(rules, input.notDisqualified(), "notDisqualified", RuleId.INT_8, "not-disqualified-unconfirmed");
			confirmed(rules, input.trainingAllEmployees(), "trainingAllEmployees", RuleId.INT_10,
					"training-all-employees-unconfirmed");
			confirmed(rules, input.internalAuditAllDepartments(), "internalAuditAllDepartments", RuleId.INT_10,
					"internal-audit-all-departments-unconfirmed");
		}
		else if (decision == StartDecision.NOT_START) {
			rules.require(input.startComment() != null, "startComment", RuleId.INT_8, "enter-why-assessment-does-not");
		}
	}

	private static void confirmed(Rules rules, boolean confirmed, String field, RuleId rule, String key) {
		rules.require(confirmed, field, rule, key);
	}

	@Override
	@Transactional
	public void complete(Input input, FormContext context) {
		String number = context.businessKey();
		Application application = this.applications.get(number);
		StartConfirmation confirmation = this.confirmations
			.save(new StartConfirmation(application.getId(), input.documentsSatisfy(), input.informationSufficient(),
					input.withinScope(), input.notDisqualified(), input.trainingAllEmployees(),
					input.internalAuditAllDepartments(), input.startComment(), this.currentUser.id()));
		boolean started = input.startDecision() == StartDecision.START && confirmation.isConfirmed();
		if (started) {
			this.applications.setStatus(number, ApplicationStatus.UNDER_ASSESSMENT, this.currentUser.id(),
					"審査着手の確認（a〜d）");
		}
		else {
			this.applications.setStatus(number, ApplicationStatus.NOT_STARTED, this.currentUser.id(),
					input.startComment());
		}
		context.route(AssessmentProcess.VAR_START_CONFIRMED, started);
	}

}
