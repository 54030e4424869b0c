package jp.pmark.workflow.support;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.audit.Auditor;
import jp.pmark.workflow.audit.AuditorGrade;
import jp.pmark.workflow.audit.Auditors;
import jp.pmark.workflow.identity.StaffGroup;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People of the process tests, created once per (shared) database: auditors of each grade
 * with their records and agreements, committee members, and one auditor without an
 * agreement.
 */
@Component
public class Fixtures {

	public static final String LEAD_A = "t-lead-a";

	public static final String LEAD_B = "t-lead-b";

	public static final String AUDITOR_A = "t-aud-a";

	public static final String AUDITOR_B = "t-aud-b";

	public static final String ASSISTANT = "t-assist";

	/** An auditor who never signed the AUD-3 agreement. */
	public static final String NO_AGREEMENT = "t-aud-noagree";

	/** A lead auditor who also sits on the committee (DEC-3). */
	public static final String LEAD_ON_COMMITTEE = "t-lead-com";

	public static final String COMMITTEE_A = "t-com-a";

	public static final String COMMITTEE_B = "t-com-b";

	public static final String RECEPTION = "t-reception";

	public static final String MANAGER = "t-manager";

	public static final String ACCOUNTING = "t-accounting";

	/** CLIP advisors (clip-advisors, CLIP-2). */
	public static final String CLIP_ADVISOR_A = "t-clip-adv-a";

	public static final String CLIP_ADVISOR_B = "t-clip-adv-b";

	/** A CLIP reviewer (clip-reviewers, CLIP-3). */
	public static final String CLIP_REVIEWER = "t-clip-rev";

	/** In both CLIP groups: never reviews a business they advise (CLIP-3). */
	public static final String CLIP_BOTH = "t-clip-both";

	/** An administrator (camunda-admin): the only one past the API gate's allow-list. */
	public static final String ADMIN = "t-admin";

	/** A dedicated advisor of the CLIP scheme (専属指導員, CLIP-2, CLIP-4). */
	public static final String CLIP_ADVISOR = CLIP_ADVISOR_A;

	private final IdentityService identityService;

	private final Auditors auditors;

	private volatile boolean ensured;

	private final TransactionTemplate transactions;

	Fixtures(IdentityService identityService, Auditors auditors, PlatformTransactionManager transactionManager) {
		this.identityService = identityService;
		this.auditors = auditors;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Creates the fixtures unless this context has seen them already: once there they
	 * stay, so that callers working in parallel (the benchmarks' staff) neither queue on
	 * the lock nor look them up again for every task.
	 */
	public void ensure() {
		if (!this.ensured) {
			create();
		}
	}

	private synchronized void create() {
		if (!this.ensured) {
			this.transactions.executeWithoutResult((status) -> createOnce());
			this.ensured = true;
		}
	}

	private void createOnce() {
		if (this.auditors.byUser(LEAD_A).isPresent()) {
			return;
		}
		String lead = StaffGroup.LEAD_AUDITORS.id();
		String auditor = StaffGroup.AUDITORS.id();
		auditor(LEAD_A, "試験 主任一", AuditorGrade.LEAD_AUDITOR, true, lead, auditor);
		auditor(LEAD_B, "試験 主任二", AuditorGrade.LEAD_AUDITOR, true, lead, auditor);
		auditor(AUDITOR_A, "試験 審査一", AuditorGrade.AUDITOR, true, auditor);
		auditor(AUDITOR_B, "試験 審査二", AuditorGrade.AUDITOR, true, auditor);
		auditor(ASSISTANT, "試験 補一", AuditorGrade.ASSISTANT_AUDITOR, true, StaffGroup.ASSISTANT_AUDITORS.id());
		auditor(NO_AGREEMENT, "試験 未契約", AuditorGrade.AUDITOR, false, auditor);
		auditor(LEAD_ON_COMMITTEE, "試験 主任委員", AuditorGrade.LEAD_AUDITOR, true, lead, auditor,
				StaffGroup.COMMITTEE.id());
		TestUsers.ensure(this.identityService, COMMITTEE_A, List.of(StaffGroup.COMMITTEE.id()));
		TestUsers.ensure(this.identityService, COMMITTEE_B, List.of(StaffGroup.COMMITTEE.id()));
		TestUsers.ensure(this.identityService, RECEPTION, List.of(StaffGroup.RECEPTION.id()));
		TestUsers.ensure(this.identityService, MANAGER, List.of(StaffGroup.ASSESSMENT_MANAGERS.id()));
		TestUsers.ensure(this.identityService, ACCOUNTING, List.of(StaffGroup.ACCOUNTING.id()));
		TestUsers.ensure(this.identityService, ADMIN, List.of(StaffGroup.ADMIN_GROUP_ID));
		TestUsers.ensure(this.identityService, CLIP_ADVISOR_A, List.of(StaffGroup.CLIP_ADVISORS.id()));
		TestUsers.ensure(this.identityService, CLIP_ADVISOR_B, List.of(StaffGroup.CLIP_ADVISORS.id()));
		TestUsers.ensure(this.identityService, CLIP_REVIEWER, List.of(StaffGroup.CLIP_REVIEWERS.id()));
		TestUsers.ensure(this.identityService, CLIP_BOTH,
				List.of(StaffGroup.CLIP_ADVISORS.id(), StaffGroup.CLIP_REVIEWERS.id()));
	}

	private void auditor(String userId, String name, AuditorGrade grade, boolean agreement, String... groups) {
		TestUsers.ensure(this.identityService, userId, List.of(groups));
		Auditor auditor = this.auditors.register(new Auditors.AuditorRecord(userId, name, "東京都港区", "審査センター", "審査員",
				"大学卒業", "プライバシーマーク審査員", "個人情報保護の審査 5年", "30件", "良好", grade, LocalDate.of(2026, 4, 1)));
		if (agreement) {
			this.auditors.signAgreement(auditor, LocalDate.of(2025, 4, 1), null);
		}
	}

	public Auditor auditor(String userId) {
		return this.auditors.byUser(userId).orElseThrow();
	}

	/** Declares that the auditor consulted for the business (AUD-5). */
	public void declareConsulting(String userId, String corporateNumber, String businessName) {
		this.auditors.declareConflict(auditor(userId), corporateNumber, businessName, "CONSULTING", "PMS構築のコンサルティング",
				LocalDate.of(2025, 1, 1), null, LocalDate.of(2025, 1, 1));
	}

}
