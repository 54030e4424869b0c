package jp.pmark.workflow.intake;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 審査着手を確認する (assessment managers, INT-8, INT-10): the audit must not start until a) to d)
 * are all confirmed; the record of who confirmed what and when justifies the start.
 */
@Component
public class StartConfirmationForm implements TaskForm<StartConfirmationForm.Input> {

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
		.views("caseSummary", "earlierChecks", "documentList");

	private final Applications applications;

	private final SubmittedDocuments documents;

	private final ReceiptCheckRepository receiptChecks;

	private final DisqualificationScreeningRepository screenings;

	private final StartConfirmationRepository confirmations;

	private final CurrentUser currentUser;

	StartConfirmationForm(Applications applications, SubmittedDocuments documents, ReceiptCheckRepository receiptChecks,
			DisqualificationScreeningRepository screenings, StartConfirmationRepository confirmations,
			CurrentUser currentUser) {
		this.applications = applications;
		this.documents = documents;
		this.receiptChecks = receiptChecks;
		this.screenings = screenings;
		this.confirmations = confirmations;
		this.currentUser = currentUser;
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
	public String taskKey() {
		return AssessmentProcess.CONFIRM_ASSESSMENT_START;
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
				.append(check.getCheckedBy())
				.append("）\n"));
		this.screenings.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.ifPresent((screening) -> earlier.append("欠格事由：")
				.append(screening.getOutcome().japaneseName())
				.append("（")
				.append(screening.getScreenedBy())
				.append("）\n"));
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("documentList", this.documents.documentList(number))
			.show("earlierChecks", earlier.toString().stripTrailing());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		StartDecision decision = input.startDecision();
		rules.require(decision != null, "startDecision", "INT-8", "審査に着手するかどうかを選んでください。",
				"Choose whether the assessment starts.");
		rules.add(IndividualNumbers.check("startComment", input.startComment()));
		if (decision == StartDecision.START) {
			confirmed(rules, input.documentsSatisfy(), "documentsSatisfy", "INT-8", "a) 申請書及び申請関連書類が要求事項を満たしている");
			confirmed(rules, input.informationSufficient(), "informationSufficient", "INT-8", "b) 審査に十分な情報がある");
			confirmed(rules, input.withinScope(), "withinScope", "INT-8", "c) 審査対象の範囲に含まれる");
			confirmed(rules, input.notDisqualified(), "notDisqualified", "INT-8", "d) 欠格事由に該当しない");
			confirmed(rules, input.trainingAllEmployees(), "trainingAllEmployees", "INT-10",
					"教育が全ての従業者に実施されている（INT-10）");
			confirmed(rules, input.internalAuditAllDepartments(), "internalAuditAllDepartments", "INT-10",
					"内部監査が全ての部門に実施されている（INT-10）");
		}
		else if (decision == StartDecision.NOT_START) {
			rules.require(input.startComment() != null, "startComment", "INT-8", "着手しない理由を入力してください（申請者に送付します）。",
					"Enter why the assessment does not start.");
		}
	}

	private static void confirmed(Rules rules, boolean confirmed, String field, String rule, String label) {
		rules.require(confirmed, field, rule, "「" + label + "」が確認できないため、審査に着手できません。",
				"The assessment cannot start until '" + field + "' is confirmed.");
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
