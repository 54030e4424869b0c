package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-7: the public register. A consignor looks up whether a business is certified: for
 * a CLIP business ever certified its status, since when, its plan and last yearly review;
 * for a Privacy Mark registration this body recorded its status and validity. Nothing
 * else about a business is shown, and a business never certified is not listed.
 */
@Service
class RegisterSearch {

	/** The most entries one lookup answers. */
	static final int MAX_RESULTS = 20;

	private static final String CLIP_NAMES = "select b.id, b.name from ClipBusiness b where b.certificateNumber is not null";

	/**
	 * The current registration under each number (the latest renewal), and its holder.
	 */
	private static final String PMARK_NAMES = "select r.id, a.name from Registration r, Applicant a"
			+ " where a.id = r.applicantId and not exists (select n.id from Registration n"
			+ " where n.baseNumber = r.baseNumber and n.renewalCount > r.renewalCount)";

	private final ClipBusinessRepository businesses;

	private final Registrations registrations;

	private final ApplicantService applicants;

	private final JapaneseBusinessCalendar calendar;

	private final EntityManager entityManager;

	RegisterSearch(ClipBusinessRepository businesses, Registrations registrations, ApplicantService applicants,
			JapaneseBusinessCalendar calendar, EntityManager entityManager) {
		this.businesses = businesses;
		this.registrations = registrations;
		this.applicants = applicants;
		this.calendar = calendar;
		this.entityManager = entityManager;
	}

	/** The entries the lookup finds, by name, at most {@link #MAX_RESULTS}. */
	@Transactional(readOnly = true)
	List<Map<String, Object>> search(RegisterQuery query) {
		List<Entry> found = new ArrayList<>();
		switch (query.key()) {
			case CERTIFICATE_NUMBER -> {
				if (query.clipNumber()) {
					this.businesses.findByCertificateNumber(query.value()).map(this::clip).ifPresent(found::add);
				}
				else {
					this.registrations.find(query.value()).map(this::pmark).ifPresent(found::add);
				}
			}
			case CORPORATE_NUMBER -> {
				this.businesses.findByCorporateNumberOrderById(query.value())
					.stream()
					.filter((business) -> business.getCertificateNumber() != null)
					.map(this::clip)
					.forEach(found::add);
				this.applicants.byCorporateNumber(query.value())
					.map((applicant) -> this.registrations.ofApplicant(applicant.getId()))
					.ifPresent((held) -> current(held).stream().map(this::pmark).forEach(found::add));
			}
			case NAME -> byName(RegisterQuery.comparable(query.value()), found);
		}
		return found.stream()
			.sorted(Comparator.comparing(Entry::sortName).thenComparing(Entry::scheme).thenComparing(Entry::number))
			.limit(MAX_RESULTS)
			.map(Entry::fields)
			.toList();
	}

	/**
	 * Names that contain the part, compared as {@link RegisterQuery#comparable}: the
	 * database cannot normalise a name, so the names are matched here and only the
	 * entries shown are read.
	 */
	private void byName(String part, List<Entry> found) {
		Predicate<Object[]> matches = (row) -> RegisterQuery.comparable((String) row[1]).contains(part);
		List<Long> clip = firstMatching(CLIP_NAMES, matches);
		this.businesses.findAllById(clip).stream().map(this::clip).forEach(found::add);
		firstMatching(PMARK_NAMES, matches).stream().map(this.registrations::get).map(this::pmark).forEach(found::add);
	}

	/** The ids of the rows whose name matches, the first {@link #MAX_RESULTS} by name. */
	private List<Long> firstMatching(String jpql, Predicate<Object[]> matches) {
		return this.entityManager.createQuery(jpql, Object[].class)
			.getResultList()
			.stream()
			.filter(matches)
			.sorted(Comparator.comparing((Object[] row) -> RegisterQuery.comparable((String) row[1])))
			.limit(MAX_RESULTS)
			.map((row) -> (Long) row[0])
			.toList();
	}

	/** The current registration under each of a business's numbers. */
	private static List<Registration> current(List<Registration> held) {
		Map<String, Registration> latest = new LinkedHashMap<>();
		for (Registration registration : held) {
			latest.merge(registration.getBaseNumber(), registration,
					(one, other) -> (one.getRenewalCount() >= other.getRenewalCount()) ? one : other);
		}
		return List.copyOf(latest.values());
	}

	private Entry clip(ClipBusiness business) {
		ClipStatus status = publicStatus(business);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("scheme", "CLIP");
		fields.put("name", business.getName());
		fields.put("certificateNumber", business.getCertificateNumber());
		fields.put("status", status.name());
		fields.put("statusJa", status.japaneseName());
		fields.put("certifiedSince", text(business.getCertifiedSince()));
		fields.put("plan", business.getPlan().japaneseName());
		fields.put("lastReviewOn", text(business.getLastReviewOn()));
		fields.put("validUntil", text(business.getValidUntil()));
		return new Entry(RegisterQuery.comparable(business.getName()), "CLIP", business.getCertificateNumber(), fields);
	}

	/**
	 * What the register says of a business ever certified. Its work towards the next
	 * certification is not the public's: under review for its renewal it is still
	 * certified (renewing) while its year lasts; after its year ended it is lapsed.
	 */
	private ClipStatus publicStatus(ClipBusiness business) {
		ClipStatus status = business.getStatus();
		if (status != ClipStatus.GUIDANCE && status != ClipStatus.UNDER_REVIEW) {
			return status;
		}
		LocalDate until = business.getValidUntil();
		return (until != null && !until.isBefore(this.calendar.today())) ? ClipStatus.RENEWING : ClipStatus.LAPSED;
	}

	private Entry pmark(Registration registration) {
		String name = this.applicants.get(registration.getApplicantId()).getName();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("scheme", "PMARK");
		fields.put("name", name);
		fields.put("registrationNumber", registration.getRegistrationNumber());
		fields.put("status", registration.getStatus().name());
		fields.put("statusJa", registration.getStatus().japaneseName());
		fields.put("validFrom", text(registration.getValidFrom()));
		fields.put("validUntil", text(registration.getValidUntil()));
		return new Entry(RegisterQuery.comparable(name), "PMARK", registration.getRegistrationNumber(), fields);
	}

	private static String text(LocalDate date) {
		return Optional.ofNullable(date).map(LocalDate::toString).orElse(null);
	}

	/** One entry of the register, with what it is sorted by. */
	private record Entry(String sortName, String scheme, String number, Map<String, Object> fields) {

		Entry {
			Objects.requireNonNull(number);
		}

	}

}
