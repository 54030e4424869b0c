package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the auditors' records (AUD-2), agreements (AUD-3) and declared conflicts (AUD-5).
 */
@Service
public class Auditors {

	/**
	 * An auditor's record, AUD-2 a) to g).
	 */
	public record AuditorRecord(String userId, String name, String address, String affiliation, String positionTitle,
			String education, String qualifications, String experienceTraining, String auditsPerformed,
			String performanceEvaluation, AuditorGrade grade, LocalDate recordUpdatedOn) {
	}

	private final AuditorRepository auditors;

	private final AuditorAgreementRepository agreements;

	private final ConflictOfInterestRepository conflicts;

	Auditors(AuditorRepository auditors, AuditorAgreementRepository agreements,
			ConflictOfInterestRepository conflicts) {
		this.auditors = auditors;
		this.agreements = agreements;
		this.conflicts = conflicts;
	}

	@Transactional
	public Auditor register(AuditorRecord record) {
		return this.auditors.save(new Auditor(record.userId(), record.name(), record.address(), record.affiliation(),
				record.positionTitle(), record.education(), record.qualifications(), record.experienceTraining(),
				record.auditsPerformed(), record.performanceEvaluation(), record.grade(), record.recordUpdatedOn(),
				true));
	}

	public Optional<Auditor> byUser(String userId) {
		return this.auditors.findByUserId(userId);
	}

	/** AUD-3: an agreement on confidentiality and no conflict of interest, signed. */
	@Transactional
	public AuditorAgreement signAgreement(Auditor auditor, LocalDate signedOn, LocalDate validUntil) {
		return this.agreements.save(new AuditorAgreement(auditor.getId(), signedOn, validUntil, true, true));
	}

	/** AUD-5: a declared conflict of interest with a business. */
	@Transactional
	public ConflictOfInterest declareConflict(Auditor auditor, String corporateNumber, String businessName, String kind,
			String description, LocalDate from, LocalDate to, LocalDate declaredOn) {
		return this.conflicts.save(new ConflictOfInterest(auditor.getId(), corporateNumber, businessName, kind,
				description, from, to, declaredOn));
	}

}
