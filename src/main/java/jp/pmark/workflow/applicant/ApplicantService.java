package jp.pmark.workflow.applicant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.JisX0208;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records applicants, with their names in JIS X 0208 (INT-11) and checked corporate
 * numbers.
 */
@Service
public class ApplicantService {

	private final ApplicantRepository applicants;

	private final ApplicantChangeRepository changes;

	ApplicantService(ApplicantRepository applicants, ApplicantChangeRepository changes) {
		this.applicants = applicants;
		this.changes = changes;
	}

	/**
	 * CHG-7: changes fields of the applicant's record and keeps each change with its old
	 * and new value, who, when and from what. A value equal to the current one is no
	 * change. The values must have passed the caller's checks.
	 * @return the changes made
	 */
	@Transactional
	public List<ApplicantChange> change(Long applicantId, Map<ApplicantField, String> values, String changedBy,
			String source) {
		Applicant applicant = get(applicantId);
		List<ApplicantChange> made = new ArrayList<>();
		values.forEach((field, value) -> {
			String old = applicant.value(field);
			applicant.apply(field, value);
			String now = applicant.value(field);
			if (!Objects.equals(old, now)) {
				made.add(this.changes.save(new ApplicantChange(applicantId, field, old, now, changedBy, source)));
			}
		});
		return made;
	}

	/** CHG-7: the record's history, oldest first. */
	public List<ApplicantChange> history(Long applicantId) {
		return this.changes.findByApplicantIdOrderById(applicantId);
	}

	/**
	 * The applicant of an application: the one already known by its corporate number, or
	 * a new one. The data must have passed {@link ApplicantData#check}.
	 */
	@Transactional
	public Applicant register(ApplicantData data, String recordedBy) {
		String corporateNumber = (data.corporateNumber() == null || data.corporateNumber().isBlank()) ? null
				: CorporateNumbers.normalize(data.corporateNumber());
		if (corporateNumber != null) {
			Optional<Applicant> known = this.applicants.findByCorporateNumber(corporateNumber);
			if (known.isPresent()) {
				return known.get();
			}
		}
		Applicant applicant = new Applicant(JisX0208.degrade(data.name().trim()), corporateNumber, recordedBy);
		applicant.setNameKana(blankToNull(data.nameKana()));
		applicant.setPostalCode(blankToNull(data.postalCode()));
		applicant.setAddress(blankToNull(data.address()));
		applicant.setRepresentativeTitle(blankToNull(data.representativeTitle()));
		applicant.setRepresentativeName(JisX0208.degrade(data.representativeName().trim()));
		applicant.setContact(JisX0208.degrade(data.contactName().trim()).text(), blankToNull(data.contactDepartment()),
				blankToNull(data.contactPostalCode()), blankToNull(data.contactAddress()),
				blankToNull(data.contactPhone()), blankToNull(data.contactEmail()));
		applicant.setSize(data.industry(), data.capitalYen(), data.headcount(), data.fullTimeStaff());
		return this.applicants.save(applicant);
	}

	/**
	 * MRG-1: the business that takes over the mark's status or a business: the one known
	 * by its corporate number, or a new record with its name, to be completed by its
	 * change reports.
	 */
	@Transactional
	public Applicant successor(String name, String corporateNumber, String recordedBy) {
		String normalized = (corporateNumber == null || corporateNumber.isBlank()) ? null
				: CorporateNumbers.normalize(corporateNumber);
		if (normalized != null) {
			Optional<Applicant> known = this.applicants.findByCorporateNumber(normalized);
			if (known.isPresent()) {
				return known.get();
			}
		}
		return this.applicants.save(new Applicant(JisX0208.degrade(name.trim()), normalized, recordedBy));
	}

	/**
	 * INT-11: records the JIS X 0208 form a person chose for a name with an unknown
	 * character. The name must be entirely JIS X 0208 (checked by the caller).
	 */
	@Transactional
	public void decideName(Long applicantId, String jisName) {
		get(applicantId).decideName(jisName);
	}

	public Applicant get(Long id) {
		return this.applicants.findById(id).orElseThrow();
	}

	/** The business on record under the (normalized) corporate number. */
	public Optional<Applicant> byCorporateNumber(String corporateNumber) {
		return this.applicants.findByCorporateNumber(corporateNumber);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
