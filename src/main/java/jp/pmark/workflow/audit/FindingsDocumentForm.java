package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormTexts;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 指摘事項文書を作成する (the team leader, FND-1, FND-2): a findings document without any of FND-2's
 * five contents cannot be issued. Issuing it sets the 3-month improvement deadline
 * (FND-3) on the engine.
 */
@Component
public class FindingsDocumentForm extends AssessmentTaskForm<FindingsDocumentForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate issuedOn, LocalDate onsiteAuditOn, String responsiblePerson, String conformityOpinion,
			String nonconformities, String comparisonWithPrevious, boolean differsFromOnsite,
			String differenceExplanation) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "onsiteFindingsText", "earlierAssessment")
		.prefills("issuedOn", "onsiteAuditOn", "responsiblePerson");

	private final AuditTeams teams;

	private final OnsiteAuditRepository audits;

	private final FindingsDocumentRepository documents;

	private final NonconformityRepository nonconformities;

	private final AssessmentTexts texts;

	private final JapaneseBusinessCalendar calendar;

	FindingsDocumentForm(Applications applications, AuditTeams teams, OnsiteAuditRepository audits,
			FindingsDocumentRepository documents, NonconformityRepository nonconformities, AssessmentTexts texts,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(AssessmentProcess.WRITE_FINDINGS_DOCUMENT, CONTRACT, applications, currentUser);
		this.texts = texts;
		this.teams = teams;
		this.audits = audits;
		this.documents = documents;
		this.nonconformities = nonconformities;
		this.calendar = calendar;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		OnsiteAudit audit = this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
		String earlier = this.texts.earlierAssessment(application);
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("onsiteFindingsText", onsiteText(audit))
			.prefill("issuedOn", this.calendar.today())
			.prefill("onsiteAuditOn", audit.getHeldOn())
			.prefill("responsiblePerson",
					this.teams.leader(application).map((leader) -> leader.auditor().getName()).orElse(""))
			.show("earlierAssessment", earlier.isEmpty() ? "（以前の審査はありません）" : earlier);
	}

	private static String onsiteText(OnsiteAudit audit) {
		StringBuilder text = new StringBuilder("現地審査日：" + audit.getHeldOn() + "\n");
		String[] findings = audit.getFindings();
		for (int i = 0; i < 7; i++) {
			text.append(AuditTexts.SITE3[i]).append("：").append((findings[i] == null) ? "" : findings[i]).append('\n');
		}
		text.append("総括：").append((audit.getClosingSummary() == null) ? "" : audit.getClosingSummary());
		return text.toString();
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		AuditRules.findings(input, this.applications.earlierAssessment(context.businessKey()).isPresent(), rules);
	}

	@Override
	@Transactional
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		FindingsDocument document = this.documents
			.save(new FindingsDocument(application.getId(), input.issuedOn(), input.onsiteAuditOn(),
					input.responsiblePerson(), input.conformityOpinion(), input.comparisonWithPrevious(),
					input.differsFromOnsite(), input.differenceExplanation(), this.currentUser.id()));
		int seq = 0;
		for (String line : FormTexts.lines(input.nonconformities())) {
			this.nonconformities.save(new Nonconformity(document.getId(), ++seq, line));
		}
		// FND-3: the deadline is on the engine, to the end of its day
		context.route(AssessmentProcess.VAR_IMPROVEMENT_DEADLINE_AT,
				this.calendar.endOfDay(document.getImprovementDeadline()));
		context.route(AssessmentProcess.VAR_IMPROVEMENT_DEADLINE_PASSED, false);
	}

}
