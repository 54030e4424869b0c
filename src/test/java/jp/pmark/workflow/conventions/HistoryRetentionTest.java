package jp.pmark.workflow.conventions;

import jp.pmark.workflow.support.PmarkSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention the README states: the engine's history of every process and decision of
 * the product is kept ten years after it ended, and removed at night, never in office
 * hours.
 */
@PmarkSpringTest
class HistoryRetentionTest {

	@Autowired
	ProcessEngine engine;

	@Test
	@DisplayName("GEN-1 every process and decision of the product keeps its history 10 years; the cleanup runs only at night (01:00-05:00), one job at a time")
	void retention() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
		assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		var processes = this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.list()
			.stream()
			.filter((definition) -> definition.getKey().startsWith("Pmark"))
			.toList();
		assertThat(processes).isNotEmpty()
			.allSatisfy((ProcessDefinition definition) -> assertThat(definition.getHistoryTimeToLive())
				.as(definition.getKey())
				.isEqualTo(3650));
		assertThat(this.engine.getRepositoryService().createDecisionDefinitionQuery().list()).isNotEmpty()
			.allSatisfy((DecisionDefinition definition) -> assertThat(definition.getHistoryTimeToLive())
				.as(definition.getKey())
				.isEqualTo(3650));
	}

}
