package jp.pmark.workflow.clip;

import org.springframework.stereotype.Component;

/** 差し戻しを通知する (CLIP-3): the returned self-check's reasons go to the business. */
@Component("clipReviews")
public class ClipReviews {

	private final ClipBusinesses businesses;

	private final SelfChecks selfChecks;

	private final ClipLetters letters;

	ClipReviews(ClipBusinesses businesses, SelfChecks selfChecks, ClipLetters letters) {
		this.businesses = businesses;
		this.selfChecks = selfChecks;
		this.letters = letters;
	}

	public void returned(String enrolmentNumber) {
		ClipBusiness business = this.businesses.get(enrolmentNumber);
		ClipSelfCheck selfCheck = this.selfChecks.latest(business).orElseThrow();
		this.letters.returned(business, selfCheck, this.selfChecks.unmet(selfCheck));
	}

}
