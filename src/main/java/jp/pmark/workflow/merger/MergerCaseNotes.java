package jp.pmark.workflow.merger;

import java.util.List;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.CaseNotes;
import org.springframework.stereotype.Component;

/** A merger case of the business shows on its assessment's forms (MRG-1). */
@Component
class MergerCaseNotes implements CaseNotes {

	private final MergerCaseRepository cases;

	MergerCaseNotes(MergerCaseRepository cases) {
		this.cases = cases;
	}

	@Override
	public List<String> notes(Application application) {
		return this.cases.findByApplicantIdOrderById(application.getApplicant().getId())
			.stream()
			.filter((mergerCase) -> application.getId().equals(mergerCase.getApplicationId()))
			.map((mergerCase) -> "合併・分社等：" + mergerCase.getCaseNumber() + "（"
					+ mergerCase.facts().event().japaneseName() + "、効力発生日 " + mergerCase.getEffectiveOn() + "、分類 "
					+ mergerCase.getMergerType() + "）" + mergerCase.getState().japaneseName() + "："
					+ ((mergerCase.getConfirmedOutcome() != null) ? mergerCase.getConfirmedOutcome()
							: mergerCase.getOutcome())
						.japaneseName())
			.toList();
	}

}
