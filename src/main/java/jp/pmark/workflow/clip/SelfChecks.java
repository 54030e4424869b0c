package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-3: the business's self-checks, submitted through the API or entered by its
 * advisor, and the reviewers' outcome. On a form the answers are three lists of items
 * (the legal duties met, those not applicable, the optional items met); every legal duty
 * on neither list is 不適合.
 */
@Service
public class SelfChecks {

	/** Who entered a self-check. */
	public enum Channel {

		API, STAFF

	}

	private final ClipSelfCheckRepository selfChecks;

	private final ClipBusinessRepository businesses;

	private final Checklist checklist;

	SelfChecks(ClipSelfCheckRepository selfChecks, ClipBusinessRepository businesses, Checklist checklist) {
		this.selfChecks = selfChecks;
		this.businesses = businesses;
		this.checklist = checklist;
	}

	public Checklist checklist() {
		return this.checklist;
	}

	/**
	 * The answers three lists of a form give; an item id on no list of the checklist is
	 * refused in {@code rules}.
	 */
	public Map<String, CheckAnswer> fromLists(Collection<String> compliant, Collection<String> notApplicable,
			Collection<String> optionalMet, Rules rules) {
		Map<String, CheckAnswer> answers = new LinkedHashMap<>();
		for (Checklist.Item item : this.checklist.required()) {
			answers.put(item.id(), CheckAnswer.NO);
		}
		listed(compliant, "compliantItems", true, rules).forEach((id) -> answers.put(id, CheckAnswer.YES));
		for (String id : listed(notApplicable, "notApplicableItems", true, rules)) {
			if (answers.get(id) == CheckAnswer.YES) {
				rules.refuse("notApplicableItems", RuleId.CLIP_3, "item-both-met-and-not-applicable", id);
			}
			answers.put(id, CheckAnswer.NOT_APPLICABLE);
		}
		for (Checklist.Item item : this.checklist.optional()) {
			answers.put(item.id(), CheckAnswer.NO);
		}
		listed(optionalMet, "optionalItems", false, rules).forEach((id) -> answers.put(id, CheckAnswer.YES));
		return answers;
	}

	private List<String> listed(Collection<String> ids, String field, boolean required, Rules rules) {
		if (ids == null) {
			return List.of();
		}
		return ids.stream().filter((id) -> {
			Optional<Checklist.Item> item = (id == null) ? Optional.empty() : this.checklist.item(id);
			if (item.isEmpty() || item.get().required() != required) {
				rules.refuse(field, RuleId.CLIP_3, "no-such-checklist-item", String.valueOf(id),
						this.checklist.version());
				return false;
			}
			return true;
		}).distinct().toList();
	}

	/** Checks a submission against the checklist. */
	public void check(Map<String, CheckAnswer> answers, String answersField, String declaredBy, LocalDate declaredOn,
			LocalDate submittedOn, LocalDate today, Rules rules) {
		SelfCheckRules.checkSubmission(this.checklist, answers, answersField, declaredBy, declaredOn, submittedOn,
				today, rules);
	}

	/** Records a checked submission; the business is now under review. */
	@Transactional
	public ClipSelfCheck submit(ClipBusiness business, Map<String, CheckAnswer> answers, String declaredBy,
			LocalDate declaredOn, LocalDate submittedOn, Channel channel, String by) {
		business.underReview();
		this.businesses.save(business);
		return this.selfChecks.save(new ClipSelfCheck(business, this.checklist.version(), answers, submittedOn,
				declaredBy.strip(), declaredOn, channel.name(), by));
	}

	/** The business's latest self-check. */
	public Optional<ClipSelfCheck> latest(ClipBusiness business) {
		return this.selfChecks.findFirstByBusinessIdOrderByIdDesc(business.getId());
	}

	/** The legal duties a self-check does not meet. */
	public List<Checklist.Item> unmet(ClipSelfCheck selfCheck) {
		return SelfCheckRules.unmet(this.checklist, selfCheck.answers());
	}

	/** The reviewer's outcome; a returned business goes back to its advisor. */
	@Transactional
	public void reviewed(ClipBusiness business, ClipSelfCheck selfCheck, ClipSelfCheck.Outcome outcome, String reasons,
			String reviewer) {
		selfCheck.reviewed(outcome, reasons, reviewer);
		this.selfChecks.save(selfCheck);
		if (outcome == ClipSelfCheck.Outcome.RETURNED) {
			business.backToGuidance();
			this.businesses.save(business);
		}
	}

}
