package jp.pmark.workflow.guard;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuardValidatorsTest {

	record Report(@CorporateNumber String corporateNumber, @NoIndividualNumber String remarks) {
	}

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	@DisplayName("CHG-5 CHG-6 as Bean Validation: the guard's Japanese message and its RuleViolation as payload")
	void violations() {
		Set<ConstraintViolation<Report>> violations = validator
			.validate(new Report("123456789018", "私の番号は1234-5678-9018です"));
		assertThat(violations).hasSize(2);
		assertThat(violations).allSatisfy((violation) -> {
			HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
			RuleViolation rule = hibernate.getDynamicPayload(RuleViolation.class);
			assertThat(rule.ruleId()).isEqualTo("CHG-5");
			assertThat(violation.getMessage()).isEqualTo(rule.messageJa());
		});
	}

	@Test
	@DisplayName("CHG-6 a valid corporate number and clean text pass")
	void valid() {
		assertThat(validator.validate(new Report("7000012050002", "特記事項なし"))).isEmpty();
		assertThat(validator.validate(new Report(null, null))).isEmpty();
	}

}
