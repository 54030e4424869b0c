package jp.pmark.workflow.intake;

import java.util.List;

import jp.pmark.workflow.support.PmarkSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** INT-13, INT-9: the DMN decision of the disqualification grounds, row by row. */
@PmarkSpringTest
class DisqualificationGroundsTest {

	@Autowired
	DisqualificationGrounds grounds;

	@Test
	@DisplayName("INT-13 the table lists every ground the granting body publishes, in order, each with its question")
	void allGrounds() {
		List<DisqualificationGrounds.Ground> all = this.grounds.all();
		assertThat(all).extracting(DisqualificationGrounds.Ground::code)
			.containsExactly("FOREIGN_NOT_REGISTERED", "OFFICER_PUNISHED_PRIVACY_ACTS", "OFFICER_IMPRISONED",
					"OFFICER_ORGANISED_CRIME", "SEX_RELATED_BUSINESS", "UNREGISTERED_DATING_BUSINESS",
					"BARRED_NON_EMPLOYEE_ATTENDED", "BARRED_FALSE_APPLICATION", "BARRED_UNPAID_FEES",
					"BARRED_MARK_REVOKED", "PUBLIC_TRUST_3_1_4");
		assertThat(all).allSatisfy((ground) -> assertThat(ground.question()).isNotBlank().doesNotStartWith("\""));
	}

	@ParameterizedTest(name = "INT-13 INT-9 ground {0} that applies means {1}")
	@CsvSource({ "FOREIGN_NOT_REGISTERED, DISQUALIFIED", "OFFICER_PUNISHED_PRIVACY_ACTS, DISQUALIFIED",
			"OFFICER_IMPRISONED, DISQUALIFIED", "OFFICER_ORGANISED_CRIME, DISQUALIFIED",
			"SEX_RELATED_BUSINESS, DISQUALIFIED", "UNREGISTERED_DATING_BUSINESS, DISQUALIFIED",
			"BARRED_NON_EMPLOYEE_ATTENDED, DISQUALIFIED", "BARRED_FALSE_APPLICATION, DISQUALIFIED",
			"BARRED_UNPAID_FEES, DISQUALIFIED", "BARRED_MARK_REVOKED, DISQUALIFIED",
			"PUBLIC_TRUST_3_1_4, TRANSFER_TO_JIPDEC" })
	void consequence(String code, DisqualificationGrounds.Consequence expected) {
		assertThat(this.grounds.consequenceOf(code)).isEqualTo(expected);
	}

	@Test
	@DisplayName("INT-9 INT-13 together: 3.1.4 transfers whatever else applies; any other disqualifies; none is clear")
	void outcome() {
		assertThat(this.grounds.outcome(List.of())).isEqualTo(DisqualificationScreening.Outcome.CLEAR);
		assertThat(this.grounds.outcome(List.of("BARRED_UNPAID_FEES")))
			.isEqualTo(DisqualificationScreening.Outcome.DISQUALIFIED);
		assertThat(this.grounds.outcome(List.of("SEX_RELATED_BUSINESS", "PUBLIC_TRUST_3_1_4")))
			.isEqualTo(DisqualificationScreening.Outcome.TRANSFER);
	}

}
