package jp.pmark.workflow.decision;

import java.util.Optional;

import jp.pmark.workflow.assessment.Application;

import org.springframework.stereotype.Service;

/** The eligibility decisions (付与適格性の決定), as later stages read them. */
@Service
public class Decisions {

	private final DecisionRepository decisions;

	Decisions(DecisionRepository decisions) {
		this.decisions = decisions;
	}

	/** The application's latest decision, if it has one. */
	public Optional<Decision> latest(Application application) {
		return this.decisions.findFirstByApplicationIdOrderByIdDesc(application.getId());
	}

}
