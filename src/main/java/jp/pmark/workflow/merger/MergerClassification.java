package jp.pmark.workflow.merger;

import java.util.List;

import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Service;

/**
 * MRG-1: classifies a merger, split or transfer by the decision table
 * {@code bpmn/MergerClassification.dmn}, which process designers keep current.
 */
@Service
public class MergerClassification {

	static final String DECISION_KEY = "MergerClassification";

	/**
	 * What the table says.
	 *
	 * @param type 1..9, 7特例, 8又は9の特例, (1)..(6), or 照会
	 * @param outcome the status of the party the case is about
	 * @param counterpartyOutcome the status of the other party, when the table says
	 * @param documents the documents due
	 * @param status the table's own words on the status
	 */
	public record Result(String type, MergerOutcome outcome, MergerOutcome counterpartyOutcome,
			List<MergerDocumentType> documents, String status) {
	}

	private final DecisionService decisionService;

	private final EngineCalls engineCalls;

	MergerClassification(DecisionService decisionService, EngineCalls engineCalls) {
		this.decisionService = decisionService;
		this.engineCalls = engineCalls;
	}

	public Result classify(MergerFacts facts) {
		DmnDecisionResultEntries entries = this.engineCalls
			.onBehalfOfCaller(() -> this.decisionService.evaluateDecisionByKey(DECISION_KEY)
				.variables(Variables.createVariables()
					.putValue("timing", facts.timing().name())
					.putValue("party", facts.party().name())
					.putValue("event", facts.event().name())
					.putValue("counterparty", facts.counterparty().name())
					.putValue("wholeBusiness", facts.wholeBusiness())
					.putValue("successorDormant", facts.successorDormant()))
				.evaluate()
				.getSingleResult());
		String counterparty = entries.getEntry("counterpartyOutcome");
		return new Result(entries.getEntry("mergerType"), MergerOutcome.valueOf(entries.getEntry("outcome")),
				(counterparty == null || counterparty.isBlank()) ? null : MergerOutcome.valueOf(counterparty),
				MergerDocumentType.parse(entries.getEntry("documents")), entries.getEntry("status"));
	}

}
