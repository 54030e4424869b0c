package jp.pmark.workflow.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.pmark.workflow.assessment.Application;
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
 * 欠格事由を確認する (assessment managers, INT-13, INT-9, INT-8 d): the person answers every
 * ground of the DMN table; what applies decides clear, disqualified, or transfer to
 * JIPDEC.
 */
@Component
public class ScreeningForm extends AssessmentTaskForm<ScreeningForm.Input> {

	/**
	 * What the manager submits: the codes of the grounds that apply (the rows of the DMN
	 * {@code DisqualificationGrounds}).
	 */
	public record Input(List<String> applicableGrounds, boolean allGroundsChecked, String screeningComment) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "earlierApplications", "groundOptions")
		.prefills("applicableGrounds");

	private final DisqualificationGrounds grounds;

	private final DisqualificationScreeningRepository screenings;

	ScreeningForm(Applications applications, DisqualificationGrounds grounds,
			DisqualificationScreeningRepository screenings, CurrentUser currentUser) {
		super(AssessmentProcess.SCREEN_DISQUALIFICATION, CONTRACT, applications, currentUser);
		this.grounds = grounds;
		this.screenings = screenings;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		Map<String, String> options = new LinkedHashMap<>();
		for (DisqualificationGrounds.Ground ground : this.grounds.all()) {
			options.put(ground.code(), ground.label() + "：" + ground.question());
		}
		String earlier = this.applications.othersOfApplicant(application)
			.stream()
			.map((other) -> other.getApplicationNumber() + "（" + other.getAppliedOn() + "、"
					+ other.getStatus().japaneseName() + "）")
			.collect(Collectors.joining("\n"));
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("groundOptions", FormView.options(options))
			.show("earlierApplications", earlier.isEmpty() ? "（同じ事業者の過去の申請はありません）" : earlier)
			.prefill("applicableGrounds", List.of());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		rules.require(input.allGroundsChecked(), "allGroundsChecked", RuleId.INT_13,
				"answer-every-disqualification-ground");
		List<String> known = this.grounds.all().stream().map(DisqualificationGrounds.Ground::code).toList();
		for (String code : input.applicableGrounds()) {
			rules.require(known.contains(code), "applicableGrounds", RuleId.INT_13, "unknown-disqualification-ground",
					code);
		}
		rules.add(IndividualNumbers.check("screeningComment", input.screeningComment()));
		if (!input.applicableGrounds().isEmpty()) {
			rules.require(input.screeningComment() != null, "screeningComment", RuleId.INT_13,
					"enter-grounds-disqualification");
		}
	}

	@Override
	@Transactional
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		List<String> applicable = input.applicableGrounds();
		DisqualificationScreening.Outcome outcome = this.grounds.outcome(applicable);
		String answers = this.grounds.all()
			.stream()
			.map((ground) -> ground.code() + "=" + (applicable.contains(ground.code()) ? "該当する" : "該当しない"))
			.collect(Collectors.joining("\n"));
		this.screenings.save(new DisqualificationScreening(application.getId(), outcome, answers,
				applicable.isEmpty() ? null : String.join("\n", applicable), input.screeningComment(),
				this.currentUser.id()));
		this.applications.journal(context.businessKey(), "SCREENED", "欠格事由の確認：" + outcome.japaneseName(),
				this.currentUser.id());
		context.route(AssessmentProcess.VAR_SCREENING_OUTCOME, outcome.name());
	}

}
