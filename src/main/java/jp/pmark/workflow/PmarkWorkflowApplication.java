package jp.pmark.workflow;

import jp.pmark.workflow.calendar.HolidayData;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * pmark-workflow: the workflow of a Privacy Mark assessment body on Camunda 7.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PmarkWorkflowApplication {

	public static void main(String[] args) {
		// CAL-2: holiday data must never be fetched from the network at run time.
		HolidayData.useOfflineData();
		SpringApplication.run(PmarkWorkflowApplication.class, args);
	}

}
