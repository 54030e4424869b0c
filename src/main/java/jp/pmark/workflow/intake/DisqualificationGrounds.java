package jp.pmark.workflow.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.stereotype.Component;

/**
 * INT-13: the disqualification grounds, one row each in the DMN decision
 * {@code DisqualificationGrounds}, which the body keeps current. The screening form lists
 * the rows; the decision gives the consequence of each ground that applies.
 */
@Component
public class DisqualificationGrounds {

	public static final String DECISION_KEY = "DisqualificationGrounds";

	/** What a ground that applies means. */
	public enum Consequence {

		DISQUALIFIED, TRANSFER_TO_JIPDEC

	}

	/** A row of the table: the ground's code, the question to answer and its label. */
	public record Ground(String code, String question, String label) {
	}

	private final RepositoryService repositoryService;

	private final DecisionService decisionService;

	private final EngineCalls engineCalls;

	DisqualificationGrounds(RepositoryService repositoryService, DecisionService decisionService,
			EngineCalls engineCalls) {
		this.repositoryService = repositoryService;
		this.decisionService = decisionService;
		this.engineCalls = engineCalls;
	}

	/** The grounds of the deployed decision, in the order of its rows. */
	public List<Ground> all() {
		DecisionDefinition definition = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION_KEY)
			.latestVersion()
			.singleResult();
		DmnModelInstance model = this.repositoryService.getDmnModelInstance(definition.getId());
		DecisionTable table = model.getModelElementsByType(DecisionTable.class)
			.stream()
			.filter((candidate) -> candidate.getParentElement().getAttributeValue("id").equals(DECISION_KEY))
			.findFirst()
			.orElseThrow();
		List<Ground> grounds = new ArrayList<>();
		for (Rule rule : table.getRules()) {
			String code = unquote(rule.getInputEntries().iterator().next().getTextContent());
			List<String> outputs = rule.getOutputEntries()
				.stream()
				.map((entry) -> unquote(entry.getTextContent()))
				.toList();
			grounds.add(new Ground(code, outputs.get(0), outputs.get(2)));
		}
		return grounds;
	}

	/** The consequence of a ground that applies. */
	public Consequence consequenceOf(String code) {
		// the body's own rule table, evaluated for whoever screens
		DmnDecisionResultEntries result = this.engineCalls
			.onBehalfOfCaller(() -> this.decisionService.evaluateDecisionByKey(DECISION_KEY)
				.variables(Map.of("ground", code))
				.evaluate()
				.getSingleResult());
		if (result == null) {
			throw new IllegalArgumentException("unknown disqualification ground " + code);
		}
		return Consequence.valueOf(result.getEntry("consequence"));
	}

	/**
	 * What the grounds that apply mean together (INT-9, INT-13): transfer under 3.1.4
	 * when it is among them, disqualified when any other applies, clear when none does.
	 */
	public DisqualificationScreening.Outcome outcome(Collection<String> applicableCodes) {
		List<Consequence> consequences = applicableCodes.stream().map(this::consequenceOf).toList();
		if (consequences.contains(Consequence.TRANSFER_TO_JIPDEC)) {
			return DisqualificationScreening.Outcome.TRANSFER;
		}
		return consequences.isEmpty() ? DisqualificationScreening.Outcome.CLEAR
				: DisqualificationScreening.Outcome.DISQUALIFIED;
	}

	private static String unquote(String text) {
		String trimmed = text.trim();
		return (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\""))
				? trimmed.substring(1, trimmed.length() - 1) : trimmed;
	}

}
