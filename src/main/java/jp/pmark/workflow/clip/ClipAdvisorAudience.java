package jp.pmark.workflow.clip;

import java.util.Set;

import jp.pmark.workflow.identity.TaskAudience;

import org.springframework.stereotype.Component;

/**
 * {@code clipAdvisor}: the business's dedicated advisor, from the product's records. The
 * reviewers' task names it as excluded (CLIP-3: the association reviews what its advisor
 * helped prepare, with someone else's eyes).
 */
@Component
class ClipAdvisorAudience implements TaskAudience {

	private final ClipBusinessRepository businesses;

	ClipAdvisorAudience(ClipBusinessRepository businesses) {
		this.businesses = businesses;
	}

	@Override
	public String name() {
		return "clipAdvisor";
	}

	@Override
	public Set<String> users(String processKey, String businessKey) {
		return this.businesses.findByEnrolmentNumber(businessKey)
			.map(ClipBusiness::getAdvisor)
			.map(Set::of)
			.orElse(Set.of());
	}

}
