package jp.pmark.workflow.clip;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.Numbering;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-4, CLIP-5, CLIP-6: certification for one year (the certificate number stays with
 * the business; each year is a record of its own with the cyber insurance attached
 * automatically, the higher cover where the business pays for it), the association as the
 * business's complaint contact, its e-learning link; the yearly renewal's opening; the
 * lapse of an unrenewed certification; a withdrawal.
 */
@Service("clipCertifications")
public class ClipCertifications {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ClipBusinessRepository businesses;

	private final ClipCertificationRepository certifications;

	private final SelfChecks selfChecks;

	private final ClipProperties properties;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final ClipLetters letters;

	private final CurrentUser currentUser;

	ClipCertifications(ClipBusinessRepository businesses, ClipCertificationRepository certifications,
			SelfChecks selfChecks, ClipProperties properties, Numbering numbering, JapaneseBusinessCalendar calendar,
			ClipLetters letters, CurrentUser currentUser) {
		this.businesses = businesses;
		this.certifications = certifications;
		this.selfChecks = selfChecks;
		this.properties = properties;
		this.numbering = numbering;
		this.calendar = calendar;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	/**
	 * Certifies the business on its reviewed self-check: a year from today, or, for a
	 * renewal in time, from the day after the last year ends.
	 */
	@Transactional
	public ClipCertification certify(DelegateExecution execution) {
		ClipBusiness business = this.businesses.findByEnrolmentNumber(execution.getProcessBusinessKey()).orElseThrow();
		ClipSelfCheck selfCheck = this.selfChecks.latest(business).orElseThrow();
		LocalDate today = this.calendar.today();
		LocalDate validFrom = (business.getValidUntil() != null && !today.isAfter(business.getValidUntil()))
				? business.getValidUntil().plusDays(1) : today;
		LocalDate validUntil = validFrom.plusYears(1).minusDays(1);
		String certificateNumber = (business.getCertificateNumber() != null) ? business.getCertificateNumber()
				: newCertificateNumber();
		LocalDate reviewedOn = (selfCheck.getReviewedAt() != null)
				? selfCheck.getReviewedAt().atZone(this.calendar.zone()).toLocalDate() : today;
		business.certified(certificateNumber, validFrom, validUntil, reviewedOn);
		if (business.getLearningToken() == null) {
			business.learningToken(newToken());
		}
		this.businesses.save(business);
		ClipCertification certification = this.certifications.save(new ClipCertification(business, certificateNumber,
				validFrom, validUntil, reviewedOn, selfCheck, this.properties.insurance(),
				(selfCheck.getReviewedBy() != null) ? selfCheck.getReviewedBy() : this.currentUser.id()));
		this.letters.certified(business, certification);
		this.letters.supportInvoice(business);
		return certification;
	}

	/**
	 * CLIP-6: the renewal opens: the next cycle, on the plan the business has now; the
	 * year's fee is invoiced with the plan's renewal support terms.
	 */
	@Transactional
	public void openRenewal(DelegateExecution execution) {
		ClipBusiness business = this.businesses.findByEnrolmentNumber(execution.getProcessBusinessKey()).orElseThrow();
		business.renewalOpened(business.getPlan());
		this.businesses.save(business);
		execution.setVariable(ClipProcess.VAR_CYCLE, business.getCycle());
		this.letters.renewalOpened(business);
	}

	/** CLIP-6: the year ended without a renewal: the certification lapses. */
	@Transactional
	public void lapse(String enrolmentNumber) {
		ClipBusiness business = this.businesses.findByEnrolmentNumber(enrolmentNumber).orElseThrow();
		business.lapsed(business.getValidUntil().plusDays(1));
		this.businesses.save(business);
		this.letters.lapsed(business);
	}

	/** The advisor records that the business leaves the scheme, and why. */
	@Transactional
	public void withdrawing(ClipBusiness business, String reason) {
		business.withdrawn(this.calendar.today(), reason);
		this.businesses.save(business);
	}

	/** The withdrawal's letters: the notice, and the visits still to be billed. */
	@Transactional
	public void withdraw(String enrolmentNumber) {
		ClipBusiness business = this.businesses.findByEnrolmentNumber(enrolmentNumber).orElseThrow();
		this.letters.withdrawn(business);
		this.letters.supportInvoice(business);
	}

	/** CLIP-…: the certificate number, the literal CLIP- and six digits. */
	private String newCertificateNumber() {
		String number = this.numbering.next("CLIP", 0, 6);
		return "CLIP-" + number.substring(number.length() - 6);
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
