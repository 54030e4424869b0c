package jp.pmark.workflow.clip;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.engine.EngineCalls;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.PostalCodes;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.identity.StaffGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CLIP-1: enrolment in a plan. Any business of one person or more may enrol (there is no
 * two-person rule as for the Privacy Mark, INT-14); a Privacy Mark applicant refused for
 * having fewer than two full-time staff may be enrolled from its case, which gives every
 * field left empty. CLIP-2: the new business gets its dedicated advisor.
 */
@Service("clipEnrolments")
public class ClipEnrolments {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** The states in which a business takes its advisor's time. */
	static final EnumSet<ClipStatus> GUIDED = EnumSet.of(ClipStatus.GUIDANCE, ClipStatus.UNDER_REVIEW,
			ClipStatus.RENEWING);

	private final ClipBusinessRepository businesses;

	private final Applications applications;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final IdentityService identityService;

	private final EngineCalls engineCalls;

	ClipEnrolments(ClipBusinessRepository businesses, Applications applications, Numbering numbering,
			JapaneseBusinessCalendar calendar, IdentityService identityService, EngineCalls engineCalls) {
		this.businesses = businesses;
		this.applications = applications;
		this.numbering = numbering;
		this.calendar = calendar;
		this.identityService = identityService;
		this.engineCalls = engineCalls;
	}

	/**
	 * The enrolment as it will be recorded: a field left empty is taken from the Privacy
	 * Mark case it names, if any.
	 */
	public ClipEnrolment resolve(ClipEnrolment enrolment) {
		Optional<Applicant> from = fromCase(enrolment.fromApplicationNumber()).map(Application::getApplicant);
		if (from.isEmpty()) {
			return enrolment;
		}
		Applicant applicant = from.get();
		return new ClipEnrolment(enrolment.plan(), or(enrolment.name(), applicant.getName()),
				or(enrolment.corporateNumber(), applicant.getCorporateNumber()),
				or(enrolment.representativeName(), applicant.getRepresentativeName()),
				or(enrolment.postalCode(), or(applicant.getContactPostalCode(), applicant.getPostalCode())),
				or(enrolment.address(), or(applicant.getContactAddress(), applicant.getAddress())),
				or(enrolment.contactName(), applicant.getContactName()),
				or(enrolment.contactEmail(), applicant.getContactEmail()),
				or(enrolment.contactPhone(), applicant.getContactPhone()),
				(enrolment.employees() != null) ? enrolment.employees()
						: (applicant.getHeadcount() != null && applicant.getHeadcount() > 0) ? applicant.getHeadcount()
								: Integer.valueOf(1),
				enrolment.higherInsuranceCover(), enrolment.outsideConsultant(), enrolment.fromApplicationNumber());
	}

	/** Checks an enrolment (as resolved), naming each field that is wrong. */
	public void check(ClipEnrolment enrolment, Rules rules) {
		rules.require(enrolment.plan() != null, "plan", RuleId.CLIP_1, "choose-plan");
		if (enrolment.fromApplicationNumber() != null && !enrolment.fromApplicationNumber().isBlank()) {
			checkFromCase(enrolment.fromApplicationNumber(), rules);
		}
		text(enrolment.name(), "name", "事業者名", 200, rules);
		text(enrolment.representativeName(), "representativeName", "代表者氏名", 100, rules);
		text(enrolment.postalCode(), "postalCode", "郵便番号", 8, rules);
		rules.add(PostalCodes.check("postalCode", enrolment.postalCode()));
		text(enrolment.address(), "address", "所在地", 400, rules);
		text(enrolment.contactName(), "contactName", "連絡担当者", 100, rules);
		text(enrolment.contactEmail(), "contactEmail", "連絡先メールアドレス", 200, rules);
		if (enrolment.contactEmail() != null && !enrolment.contactEmail().isBlank()) {
			rules.require(EMAIL.matcher(enrolment.contactEmail().strip()).matches(), "contactEmail", RuleId.CLIP_1,
					"contact-email-format");
		}
		rules.require(enrolment.contactPhone() == null || enrolment.contactPhone().length() <= 30, "contactPhone",
				RuleId.CLIP_1, "text-too-long", 30);
		rules.require(enrolment.outsideConsultant() == null || enrolment.outsideConsultant().length() <= 200,
				"outsideConsultant", RuleId.CLIP_1, "text-too-long", 200);
		rules.require(enrolment.employees() != null && enrolment.employees() >= 1 && enrolment.employees() <= 1_000_000,
				"employees", RuleId.CLIP_1, "employees-one-or-more");
		rules.add(CorporateNumbers.check("corporateNumber", enrolment.corporateNumber()));
		String corporateNumber = normalizedCorporateNumber(enrolment.corporateNumber());
		if (corporateNumber != null && CorporateNumbers.isValid(corporateNumber)) {
			this.businesses.findByCorporateNumberOrderById(corporateNumber)
				.stream()
				.filter((business) -> business.getStatus() != ClipStatus.LAPSED
						&& business.getStatus() != ClipStatus.WITHDRAWN)
				.findFirst()
				.ifPresent((business) -> rules.refuse("corporateNumber", RuleId.CLIP_1, "already-enrolled",
						business.getEnrolmentNumber()));
		}
	}

	private void checkFromCase(String applicationNumber, Rules rules) {
		Optional<Application> application = fromCase(applicationNumber);
		if (application.isEmpty()) {
			rules.refuse("fromApplicationNumber", RuleId.CLIP_1, "no-such-application", applicationNumber);
			return;
		}
		Integer staff = application.get().getApplicant().getFullTimeStaff();
		rules.require(staff != null && staff < 2, "fromApplicationNumber", RuleId.CLIP_1, "from-case-only-one-person",
				applicationNumber);
		rules.require(this.businesses.findByFromApplicationNumber(applicationNumber).isEmpty(), "fromApplicationNumber",
				RuleId.CLIP_1, "already-enrolled-from-case", applicationNumber);
	}

	private Optional<Application> fromCase(String applicationNumber) {
		if (applicationNumber == null || applicationNumber.isBlank() || applicationNumber.length() > 20) {
			return Optional.empty();
		}
		return this.applications.find(applicationNumber.strip());
	}

	private static void text(String value, String field, String label, int max, Rules rules) {
		if (value == null || value.isBlank()) {
			rules.refuse(field, RuleId.CLIP_1, "enter-item", label);
		}
		else if (value.length() > max) {
			rules.refuse(field, RuleId.CLIP_1, "text-too-long", max);
		}
	}

	/** Records a checked enrolment: its number, the plan, enrolled today. */
	@Transactional
	public ClipBusiness enrol(ClipEnrolment enrolment, String by) {
		ClipEnrolment resolved = resolve(enrolment);
		ClipEnrolment normalized = new ClipEnrolment(resolved.plan(), resolved.name().strip(),
				normalizedCorporateNumber(resolved.corporateNumber()), resolved.representativeName().strip(),
				PostalCodes.normalize(resolved.postalCode()), resolved.address().strip(),
				resolved.contactName().strip(), resolved.contactEmail().strip(), blankToNull(resolved.contactPhone()),
				resolved.employees(), resolved.higherInsuranceCover(), blankToNull(resolved.outsideConsultant()),
				blankToNull(resolved.fromApplicationNumber()));
		java.time.LocalDate today = this.calendar.today();
		String number = this.numbering.next("CL", today.getYear(), 4);
		return this.businesses.save(new ClipBusiness(number, normalized, today, by));
	}

	/** The variables the process routes on and its tasks show. */
	public Map<String, Object> variables(ClipBusiness business) {
		return Map.of(ClipProcess.VAR_ENROLMENT_NUMBER, business.getEnrolmentNumber(), ClipProcess.VAR_APPLICANT_NAME,
				business.getName(), ClipProcess.VAR_CYCLE, business.getCycle());
	}

	/**
	 * CLIP-2: gives the business its dedicated advisor, the member of clip-advisors who
	 * guides the fewest businesses now (by user id when equal); none while the group is
	 * empty, when the guidance task is offered to the whole group.
	 */
	@Transactional
	public void assignAdvisor(DelegateExecution execution) {
		ClipBusiness business = this.businesses.findByEnrolmentNumber(execution.getProcessBusinessKey()).orElseThrow();
		List<User> advisors = this.engineCalls.onBehalfOfCaller(() -> this.identityService.createUserQuery()
			.memberOfGroup(StaffGroup.CLIP_ADVISORS.id())
			.orderByUserId()
			.asc()
			.list());
		String advisor = advisors.stream()
			.map(User::getId)
			.min(Comparator.comparingLong((String id) -> this.businesses.countByAdvisorAndStatusIn(id, GUIDED))
				.thenComparing(Comparator.naturalOrder()))
			.orElse(null);
		business.assignAdvisor(advisor);
		execution.setVariable(ClipProcess.VAR_ADVISOR, advisor);
	}

	static String normalizedCorporateNumber(String value) {
		return (value == null || value.isBlank()) ? null : CorporateNumbers.normalize(value);
	}

	private static String or(String given, String fallback) {
		return (given == null || given.isBlank()) ? fallback : given;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
