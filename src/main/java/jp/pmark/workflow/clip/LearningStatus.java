package jp.pmark.workflow.clip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.guard.JapaneseDates;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-4: whether a business's employees took the e-learning this year, the legal yearly
 * training duty (法定の定期的な教育): every active employee on its roster completed the course
 * within the business's current certification year [validFrom, validUntil] (Japan's
 * calendar days). A business that is not certified has no such year. For a form, a letter
 * or the API: {@link #status} in full, {@link #summary} as one Japanese line.
 */
@Service
public class LearningStatus {

	/** How many names of employees who have not completed a summary names. */
	static final int NAMES_SHOWN = 5;

	private final ClipEmployeeRepository employees;

	private final LearningCompletionRepository completions;

	private final JapaneseBusinessCalendar calendar;

	LearningStatus(ClipEmployeeRepository employees, LearningCompletionRepository completions,
			JapaneseBusinessCalendar calendar) {
		this.employees = employees;
		this.completions = completions;
		this.calendar = calendar;
	}

	/**
	 * An active employee and their latest completion in the certification year, if any.
	 */
	public record EmployeeStatus(ClipEmployee employee, LearningCompletion completion) {

		public boolean completed() {
			return this.completion != null;
		}

	}

	/**
	 * Where a business stands.
	 *
	 * @param certified whether the business is certified (CERTIFIED or RENEWING) with a
	 * certification year
	 * @param yearFrom the first day of the certification year; null when not certified
	 * @param yearUntil the last day of the certification year; null when not certified
	 * @param employees each active employee on the roster, by employee code
	 */
	public record TrainingStatus(boolean certified, LocalDate yearFrom, LocalDate yearUntil,
			List<EmployeeStatus> employees) {

		public int activeEmployees() {
			return this.employees.size();
		}

		public int completedEmployees() {
			return (int) this.employees.stream().filter(EmployeeStatus::completed).count();
		}

		/**
		 * The yearly training duty met: certified, at least one employee declared, and
		 * every active employee completed within the certification year.
		 */
		public boolean allCompleted() {
			return this.certified && !this.employees.isEmpty()
					&& this.employees.stream().allMatch(EmployeeStatus::completed);
		}

		public List<EmployeeStatus> notCompleted() {
			return this.employees.stream().filter((status) -> !status.completed()).toList();
		}

	}

	/** Where the business stands now. */
	@Transactional(readOnly = true)
	public TrainingStatus status(ClipBusiness business) {
		List<ClipEmployee> active = this.employees.findByBusinessIdAndActiveTrueOrderByEmployeeCode(business.getId());
		boolean certified = business.getStatus().certified() && business.getValidFrom() != null
				&& business.getValidUntil() != null;
		if (!certified) {
			return new TrainingStatus(false, null, null,
					active.stream().map((employee) -> new EmployeeStatus(employee, null)).toList());
		}
		Map<Long, LearningCompletion> latest = new HashMap<>();
		for (LearningCompletion completion : this.completions
			.findByBusinessIdAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByCompletedAt(business.getId(),
					startOf(business.getValidFrom()), startOf(business.getValidUntil().plusDays(1)))) {
			latest.put(completion.getEmployeeId(), completion);
		}
		return new TrainingStatus(true, business.getValidFrom(), business.getValidUntil(),
				active.stream().map((employee) -> new EmployeeStatus(employee, latest.get(employee.getId()))).toList());
	}

	/**
	 * Whether the yearly training duty is met now ({@link TrainingStatus#allCompleted}).
	 */
	public boolean allCompleted(ClipBusiness business) {
		return status(business).allCompleted();
	}

	/**
	 * One Japanese line for a form or a letter, e.g. 「eラーニング受講：12名中10名が今年度受講済み（未受講：山田
	 * 太郎、佐藤 花子）」.
	 */
	public String summary(ClipBusiness business) {
		return summary(business, status(business));
	}

	static String summary(ClipBusiness business, TrainingStatus status) {
		if (!status.certified()) {
			return "eラーニング受講：認証期間中ではないため対象外です（" + business.getStatus().japaneseName() + "）";
		}
		String year = JapaneseDates.show(status.yearFrom()) + "〜" + JapaneseDates.show(status.yearUntil());
		if (status.activeEmployees() == 0) {
			return "eラーニング受講：従業者名簿が登録されていません（今年度：" + year + "）";
		}
		if (status.allCompleted()) {
			return "eラーニング受講：" + status.activeEmployees() + "名全員が今年度（" + year + "）受講済み。法定の定期的な教育を満たしています";
		}
		List<EmployeeStatus> missing = status.notCompleted();
		String names = missing.stream()
			.limit(NAMES_SHOWN)
			.map((entry) -> entry.employee().getName())
			.collect(Collectors.joining("、"));
		if (missing.size() > NAMES_SHOWN) {
			names += "ほか" + (missing.size() - NAMES_SHOWN) + "名";
		}
		return "eラーニング受講：" + status.activeEmployees() + "名中" + status.completedEmployees() + "名が今年度（" + year
				+ "）受講済み（未受講：" + names + "）";
	}

	/** The day (in Japan) the completion was made. */
	public LocalDate dayOf(LearningCompletion completion) {
		return completion.getCompletedAt().atZone(this.calendar.zone()).toLocalDate();
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.calendar.zone()).toInstant();
	}

}
