package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.ApplicationKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FeeScheduleTest {

	private static Map<String, FeeProperties.Amounts> amounts(long base) {
		return Map.of("small", new FeeProperties.Amounts(base, base * 2, base * 3, 52_382), "medium",
				new FeeProperties.Amounts(base * 2, base * 3, base * 5, 104_762), "large",
				new FeeProperties.Amounts(base * 3, base * 4, base * 7, 209_524));
	}

	@Test
	@DisplayName("FEE-6 the schedule in force on the application date decides, e.g. a change on 2026-10-01")
	void effectiveDates() {
		FeeSchedule schedule = new FeeSchedule(new FeeProperties(30, List.of(
				new FeeProperties.Schedule(LocalDate.of(2026, 10, 1), 60_000, amounts(20_000), amounts(10_000)),
				new FeeProperties.Schedule(LocalDate.of(2019, 10, 1), 52_382, amounts(10_000), amounts(5_000)))));
		assertThat(schedule.applicationFee(LocalDate.of(2026, 9, 30))).isEqualTo(52_382);
		assertThat(schedule.applicationFee(LocalDate.of(2026, 10, 1))).isEqualTo(60_000);
		assertThat(schedule.amounts(LocalDate.of(2026, 9, 30), ApplicationKind.NEW, "MEDIUM").documentReview())
			.isEqualTo(20_000);
		assertThat(schedule.amounts(LocalDate.of(2026, 10, 1), ApplicationKind.NEW, "MEDIUM").documentReview())
			.isEqualTo(40_000);
		assertThat(schedule.amounts(LocalDate.of(2026, 10, 1), ApplicationKind.RENEWAL, "LARGE").onsiteAudit())
			.isEqualTo(40_000);
		assertThatIllegalStateException().isThrownBy(() -> schedule.on(LocalDate.of(2019, 9, 30)))
			.withMessageContaining("FEE-6");
	}

	@Test
	@DisplayName("FEE-6 a split of the assessment fee that does not add up to the published fee is refused at startup")
	void splitMustAddUp() {
		Map<String, FeeProperties.Amounts> wrong = Map.of("small", new FeeProperties.Amounts(1, 2, 4, 1), "medium",
				new FeeProperties.Amounts(1, 2, 3, 1), "large", new FeeProperties.Amounts(1, 2, 3, 1));
		assertThatIllegalStateException()
			.isThrownBy(() -> new FeeSchedule(new FeeProperties(30,
					List.of(new FeeProperties.Schedule(LocalDate.of(2019, 10, 1), 52_382, wrong, amounts(1))))))
			.withMessageContaining("small")
			.withMessageContaining("is not the assessment fee 4");
	}

}
