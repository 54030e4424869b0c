package jp.pmark.workflow.fee;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.support.PmarkSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FEE-6: the fee schedule configured in application.yaml holds the granting body's
 * published totals.
 */
@PmarkSpringTest
class ConfiguredFeesTest {

	@Autowired
	FeeSchedule schedule;

	@ParameterizedTest(
			name = "FEE-2 FEE-6 {0} {1}: application fee 52,382, assessment fee {2} (review + on-site), registration {3}")
	@CsvSource({ "NEW, SMALL, 209524, 52382", "NEW, MEDIUM, 471429, 104762", "NEW, LARGE, 995238, 209524",
			"RENEWAL, SMALL, 125714, 52382", "RENEWAL, MEDIUM, 314286, 104762", "RENEWAL, LARGE, 680952, 209524" })
	void publishedTotals(ApplicationKind kind, String sizeClass, long assessment, long registration) {
		LocalDate inForce = LocalDate.of(2024, 4, 1);
		FeeProperties.Amounts amounts = this.schedule.amounts(inForce, kind, sizeClass);
		assertThat(this.schedule.applicationFee(inForce)).isEqualTo(52_382);
		assertThat(amounts.documentReview() + amounts.onsiteAudit()).isEqualTo(assessment);
		assertThat(amounts.registration()).isEqualTo(registration);
		assertThat(this.schedule.on(inForce).effectiveFrom()).isEqualTo(LocalDate.of(2019, 10, 1));
	}

}
