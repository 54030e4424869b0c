package jp.pmark.workflow.clip;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** Finds the businesses of the CLIP scheme by their enrolment number. */
@Service
public class ClipBusinesses {

	private final ClipBusinessRepository businesses;

	ClipBusinesses(ClipBusinessRepository businesses) {
		this.businesses = businesses;
	}

	public Optional<ClipBusiness> find(String enrolmentNumber) {
		return (enrolmentNumber == null) ? Optional.empty() : this.businesses.findByEnrolmentNumber(enrolmentNumber);
	}

	/** The business of a case; it must exist. */
	public ClipBusiness get(String enrolmentNumber) {
		return find(enrolmentNumber)
			.orElseThrow(() -> new IllegalStateException("no CLIP business " + enrolmentNumber));
	}

}
