package jp.pmark.workflow.letter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the letters the body sends (GEN-3), and sends each on its way
 * ({@link LetterDeliveries}): rendered as a PDF, mailed to the addressee or posted by
 * reception. A letter is never changed: a correction is a new letter naming the one it
 * replaces (GEN-1).
 */
@Service
public class Letters {

	private final LetterRepository letters;

	private final LetterCases cases;

	private final LetterDeliveries deliveries;

	private final LetterProperties properties;

	Letters(LetterRepository letters, LetterCases cases, LetterDeliveries deliveries, LetterProperties properties) {
		this.letters = letters;
		this.cases = cases;
		this.deliveries = deliveries;
		this.properties = properties;
	}

	/**
	 * Records a letter and sends it on its way.
	 * @param applicationId the case it belongs to, or null
	 * @param kind what it is, e.g. {@code ACCEPTANCE_NOTICE}
	 * @param title its Japanese title, e.g. 申請書受理通知書
	 * @param addressee to whom it goes: the address block and the mail address
	 * @param contents every field the letter shows, in order
	 * @param createdBy who had it sent
	 */
	@Transactional
	public Letter record(Long applicationId, String kind, String title, Addressee addressee, Map<String, ?> contents,
			String createdBy) {
		return record(applicationId, null, kind, title, addressee, contents, createdBy);
	}

	/**
	 * Records a letter of a case that is not an application (a change report, a merger
	 * case), or of both, and sends it on its way.
	 * @param caseNumber the case's number, e.g. CR2026-0001
	 */
	@Transactional
	public Letter record(Long applicationId, String caseNumber, String kind, String title, Addressee addressee,
			Map<String, ?> contents, String createdBy) {
		String caseKey = (caseNumber != null) ? caseNumber
				: (applicationId != null) ? this.cases.applicationNumber(applicationId).orElse(null) : null;
		String emailTo = addressee.grantingBody() ? this.properties.grantingBodyEmail() : addressee.email();
		Letter letter = this.letters.save(new Letter(applicationId, caseNumber, caseKey, kind, title, addressee,
				emailTo, write(contents), createdBy));
		this.deliveries.open(letter);
		return letter;
	}

	/**
	 * GEN-1: corrects a letter by a new one with the same kind, case and addressee, whose
	 * items are the earlier letter's with {@code changes} applied; it names the letter it
	 * replaces and why. The earlier letter and its PDF stay as they were.
	 * @param changes new values of items the letter has, by label
	 */
	@Transactional
	public Letter correct(Letter replaced, Map<String, ?> changes, String reason, String createdBy) {
		Map<String, Object> contents = contents(replaced);
		changes.forEach((label, value) -> {
			if (!contents.containsKey(label)) {
				throw new IllegalArgumentException(label + " is not an item of letter " + replaced.getId());
			}
			contents.put(label, value);
		});
		Letter letter = this.letters.save(Letter.correcting(replaced, write(contents), reason, createdBy));
		this.deliveries.open(letter);
		return letter;
	}

	/** The letters of cases, by their numbers (business keys), oldest first. */
	public List<Letter> ofCases(java.util.Collection<String> caseKeys) {
		return caseKeys.isEmpty() ? List.of() : this.letters.findByCaseKeys(caseKeys);
	}

	public Optional<Letter> find(long letterId) {
		return this.letters.findById(letterId);
	}

	/** The contents of a recorded letter, read back. */
	public Map<String, Object> contents(Letter letter) {
		return LetterJson.read(letter);
	}

	private static String write(Map<String, ?> contents) {
		return LetterJson.write(contents);
	}

}
