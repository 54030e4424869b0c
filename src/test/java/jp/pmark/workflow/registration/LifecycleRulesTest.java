package jp.pmark.workflow.registration;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life cycle's rules by date, without Spring or the engine: a registration valid
 * until 2025-12-01, its window 2025-04-02 to 2025-08-01, its reminder due 2025-03-02.
 */
class LifecycleRulesTest {

	static final RenewalWindow WINDOW = new RenewalWindow(LocalDate.parse("2025-12-01"), LocalDate.parse("2025-04-02"),
			LocalDate.parse("2025-08-01"), LocalDate.parse("2025-08-01"));

	static final LocalDate REMINDER_ON = LocalDate.parse("2025-03-02");

	@ParameterizedTest(name = "REN-1 REN-3 on {0}: {1}")
	@CsvSource(textBlock = """
			2025-01-10, VALID
			2025-04-01, VALID
			2025-04-02, RENEWAL_WINDOW_OPEN
			2025-08-01, RENEWAL_WINDOW_OPEN
			2025-08-02, LAPSING
			2025-12-01, LAPSING
			""")
	void byDate(LocalDate today, RegistrationStatus expected) {
		assertThat(LifecycleRules.byDate(WINDOW, today)).isEqualTo(expected);
	}

	@Test
	@DisplayName("INC-6 a suspended registration keeps its suspension against any valid status its life cycle would give it, not against an end")
	void keepsSuspension() {
		assertThat(LifecycleRules.keepsSuspension(RegistrationStatus.SUSPENDED, RegistrationStatus.LAPSING)).isTrue();
		assertThat(LifecycleRules.keepsSuspension(RegistrationStatus.SUSPENDED, RegistrationStatus.RENEWAL_WINDOW_OPEN))
			.isTrue();
		assertThat(LifecycleRules.keepsSuspension(RegistrationStatus.SUSPENDED, RegistrationStatus.REVOKED)).isFalse();
		assertThat(LifecycleRules.keepsSuspension(RegistrationStatus.VALID, RegistrationStatus.LAPSING)).isFalse();
	}

	@ParameterizedTest(name = "INC-6 REN-3 REN-5 suspension ends on {0}, renewed {1}, renewal assessed {2}: {3}")
	@CsvSource(textBlock = """
			2025-06-01, true,  false, RENEWAL_GRANTED
			2025-06-01, false, true,  RENEWAL_APPLIED
			2025-12-02, false, true,  EXTENDED
			2025-12-01, false, true,  RENEWAL_APPLIED
			2025-03-01, false, false, VALID
			2025-06-01, false, false, RENEWAL_WINDOW_OPEN
			2025-09-01, false, false, LAPSING
			""")
	void afterSuspension(LocalDate today, boolean renewed, boolean assessed, RegistrationStatus expected) {
		assertThat(LifecycleRules.afterSuspension(renewed, assessed, WINDOW, today)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "JIP-2 REN-3 validity corrected, {0} on {1}: {2}")
	@CsvSource(textBlock = """
			VALID,               2025-06-01, RENEWAL_WINDOW_OPEN
			VALID,               2025-03-01, ''
			RENEWAL_WINDOW_OPEN, 2025-03-01, VALID
			LAPSING,             2025-06-01, RENEWAL_WINDOW_OPEN
			RENEWAL_WINDOW_OPEN, 2025-09-01, LAPSING
			EXTENDED,            2025-11-30, RENEWAL_APPLIED
			EXTENDED,            2025-12-02, ''
			RENEWAL_APPLIED,     2025-06-01, ''
			SUSPENDED,           2025-06-01, ''
			""")
	void afterCorrection(RegistrationStatus status, LocalDate today, String expected) {
		assertThat(LifecycleRules.afterCorrection(status, WINDOW, today).map(Enum::name).orElse(""))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "JIP-2 validity corrected, on {0} the life cycle restarts at {1}")
	@CsvSource(textBlock = """
			2025-01-10, TimerEvent_RenewalReminderDue
			2025-03-02, TimerEvent_RenewalWindowOpened
			2025-04-02, TimerEvent_RenewalWindowClosed
			2025-08-01, TimerEvent_RenewalWindowClosed
			2025-08-02, TimerEvent_ValidityEnded
			2025-12-01, TimerEvent_ValidityEnded
			2025-12-02, ''
			""")
	void restartAt(LocalDate today, String expected) {
		assertThat(LifecycleRules.restartAt(WINDOW, REMINDER_ON, today).orElse("")).isEqualTo(expected);
	}

}
