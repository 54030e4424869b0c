package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;

/**
 * CLIP-3: what a self-check must contain, and what certification needs. Every legal duty
 * is answered (適合, 不適合, or 該当なし where the checklist allows it); the optional items may be
 * answered or not, and never block; the declaration names who declared and when.
 * Certification needs every legal duty met: 適合, or 該当なし where allowed.
 */
final class SelfCheckRules {

	private SelfCheckRules() {
	}

	/** Whether an answer meets an item for certification. */
	static boolean meets(Checklist.Item item, CheckAnswer answer) {
		if (!item.required()) {
			return true;
		}
		return answer == CheckAnswer.YES || (answer == CheckAnswer.NOT_APPLICABLE && item.notApplicable());
	}

	/** The legal duties an answer set does not meet. */
	static List<Checklist.Item> unmet(Checklist checklist, Map<String, CheckAnswer> answers) {
		return checklist.required().stream().filter((item) -> !meets(item, answers.get(item.id()))).toList();
	}

	/**
	 * Checks a submission.
	 * @param answersField the field the answers are named under (e.g. {@code answers})
	 */
	static void checkSubmission(Checklist checklist, Map<String, CheckAnswer> answers, String answersField,
			String declaredBy, LocalDate declaredOn, LocalDate submittedOn, LocalDate today, Rules rules) {
		answers.keySet()
			.stream()
			.filter((id) -> checklist.item(id).isEmpty())
			.forEach((id) -> rules.refuse(answersField + "." + id, RuleId.CLIP_3, "no-such-checklist-item", id,
					checklist.version()));
		for (Checklist.Item item : checklist.required()) {
			CheckAnswer answer = answers.get(item.id());
			if (answer == null) {
				rules.refuse(answersField + "." + item.id(), RuleId.CLIP_3, "answer-every-legal-duty", item.label());
			}
		}
		for (Map.Entry<String, CheckAnswer> entry : answers.entrySet()) {
			checklist.item(entry.getKey())
				.filter((item) -> entry.getValue() == CheckAnswer.NOT_APPLICABLE && !item.notApplicable())
				.ifPresent((item) -> rules.refuse(answersField + "." + item.id(), RuleId.CLIP_3,
						"not-applicable-not-allowed", item.label()));
		}
		if (declaredBy == null || declaredBy.isBlank()) {
			rules.refuse("declaredBy", RuleId.CLIP_3, "declaration-needs-declarant");
		}
		else if (declaredBy.length() > 100) {
			rules.refuse("declaredBy", RuleId.CLIP_3, "text-too-long", 100);
		}
		boolean declaredOnRefused = true;
		if (declaredOn == null) {
			rules.refuse("declaredOn", RuleId.CLIP_3, "declaration-needs-date");
		}
		else if (declaredOn.isAfter(today)) {
			rules.refuse("declaredOn", RuleId.CLIP_3, "date-not-in-future");
		}
		else {
			declaredOnRefused = false;
		}
		if (submittedOn == null) {
			rules.refuse("submittedOn", RuleId.CLIP_3, "enter-submitted-on");
		}
		else if (submittedOn.isAfter(today)) {
			rules.refuse("submittedOn", RuleId.CLIP_3, "date-not-in-future");
		}
		else if (!declaredOnRefused && declaredOn.isAfter(submittedOn)) {
			rules.refuse("declaredOn", RuleId.CLIP_3, "declared-after-submitted");
		}
	}

}
