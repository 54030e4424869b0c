package jp.pmark.workflow.clip;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StoredTexts;
import jp.pmark.workflow.engine.EngineClock;
import jp.pmark.workflow.guard.JisText;
import jp.pmark.workflow.guard.JisX0208;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-4: the roster of the employees a business declares, who take the e-learning. The
 * business sends the whole roster each time: new codes are added, a code no longer sent
 * is made inactive (never deleted), a code sent again is active again under the name
 * sent. Codes are compared without regard to case or full-width forms; names without
 * regard to spaces, full-width forms or JIS variants (髙 and 高), so that an employee who
 * types their name in the runner is found.
 */
@Service
public class ClipEmployeeRoster {

	/** The most employees a roster holds. */
	public static final int MAX_EMPLOYEES = 5000;

	/** The most refusals one request names. */
	static final int MAX_FAULTS = 50;

	private final ClipEmployeeRepository employees;

	ClipEmployeeRoster(ClipEmployeeRepository employees) {
		this.employees = employees;
	}

	/** An employee as declared. */
	public record Entry(String employeeCode, String name) {
	}

	/** What a new roster changed. */
	public record Change(int added, int reactivatedOrRenamed, int deactivated, int active) {
	}

	/**
	 * Checks a roster as sent; the entries come back with their codes and names as they
	 * will be stored.
	 */
	static List<Entry> check(List<Entry> entries, Rules rules) {
		if (entries == null) {
			rules.refuse("employees", RuleId.CLIP_4, "give-employees");
			return List.of();
		}
		if (entries.isEmpty() || entries.size() > MAX_EMPLOYEES) {
			rules.refuse("employees", RuleId.CLIP_4, "roster-size", MAX_EMPLOYEES, entries.size());
			return List.of();
		}
		Set<String> codes = new HashSet<>();
		List<Entry> checked = new ArrayList<>();
		for (int i = 0; i < entries.size() && rules.violations().size() < MAX_FAULTS; i++) {
			Entry entry = entries.get(i);
			String at = "employees[" + i + "]";
			String code = checkCode((entry == null) ? null : entry.employeeCode(), at + ".employeeCode", rules);
			String name = checkName((entry == null) ? null : entry.name(), at + ".name", rules);
			if (code != null && !codes.add(code.toUpperCase(Locale.ROOT))) {
				rules.refuse(at + ".employeeCode", RuleId.CLIP_4, "employee-code-repeated", code);
			}
			checked.add(new Entry(code, name));
		}
		if (rules.violations().size() >= MAX_FAULTS) {
			rules.refuse("employees", RuleId.CLIP_4, "too-many-faults", MAX_FAULTS);
		}
		return checked;
	}

	/** The code as stored (full-width forms made half-width), or null when refused. */
	static String checkCode(String value, String field, Rules rules) {
		String code = (value == null) ? "" : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
		if (code.isEmpty()) {
			rules.refuse(field, RuleId.CLIP_4, "give-employee-code");
			return null;
		}
		if (!code.matches("[0-9A-Za-z._-]{1," + ClipEmployee.CODE_LENGTH + "}")) {
			rules.refuse(field, RuleId.CLIP_4, "employee-code-format", ClipEmployee.CODE_LENGTH);
			return null;
		}
		return code;
	}

	/** The name as stored (trimmed), or null when refused. */
	static String checkName(String value, String field, Rules rules) {
		String name = (value == null) ? "" : value.strip();
		if (name.isEmpty()) {
			rules.refuse(field, RuleId.CLIP_4, "give-employee-name");
			return null;
		}
		int length = name.codePointCount(0, name.length());
		if (length > ClipEmployee.NAME_LENGTH) {
			rules.refuse(field, RuleId.CLIP_4, "employee-name-too-long", ClipEmployee.NAME_LENGTH, length);
			return null;
		}
		boolean broken = name.chars().anyMatch((c) -> c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
				|| StoredTexts.controlCharacter(field, name).isPresent();
		if (broken) {
			rules.refuse(field, RuleId.CLIP_4, "employee-name-one-line");
			return null;
		}
		return name;
	}

	/** Replaces the business's roster with the checked entries. */
	@Transactional
	public Change replace(ClipBusiness business, List<Entry> entries, String by) {
		Instant now = EngineClock.instant();
		Map<String, ClipEmployee> known = new HashMap<>();
		for (ClipEmployee employee : this.employees.findByBusinessIdOrderByEmployeeCode(business.getId())) {
			known.put(employee.getEmployeeCode().toUpperCase(Locale.ROOT), employee);
		}
		int added = 0;
		int changed = 0;
		Set<String> sent = new HashSet<>();
		for (Entry entry : entries) {
			String key = entry.employeeCode().toUpperCase(Locale.ROOT);
			sent.add(key);
			ClipEmployee employee = known.get(key);
			if (employee == null) {
				this.employees.save(new ClipEmployee(business.getId(), entry.employeeCode(), entry.name(), now, by));
				added++;
			}
			else if (employee.declared(entry.name(), now, by)) {
				changed++;
			}
		}
		int deactivated = 0;
		for (Map.Entry<String, ClipEmployee> employee : known.entrySet()) {
			if (employee.getValue().isActive() && !sent.contains(employee.getKey())) {
				employee.getValue().deactivate(now, by);
				deactivated++;
			}
		}
		return new Change(added, changed, deactivated, entries.size());
	}

	/** The active employee of the business with the code and name, if any. */
	@Transactional(readOnly = true)
	public Optional<ClipEmployee> find(ClipBusiness business, String employeeCode, String name) {
		String key = sameName(name);
		return this.employees.findByBusinessIdAndEmployeeCodeIgnoreCase(business.getId(), employeeCode)
			.stream()
			.filter(ClipEmployee::isActive)
			.filter((employee) -> sameName(employee.getName()).equals(key))
			.findFirst();
	}

	/**
	 * A name as compared: full-width forms and JIS variants made plain, spaces left out
	 * (「山田 太郎」, 「山田 太郎」 and 「山田太郎」 are the same).
	 */
	static String sameName(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKC);
		JisText jis = JisX0208.degrade(plain);
		String text = (jis == null) ? plain : jis.text();
		return text.replaceAll("[\\s\\u3000]+", "");
	}

}
