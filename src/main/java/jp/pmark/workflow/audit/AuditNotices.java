package jp.pmark.workflow.audit;

import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.CaseLetter;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters and records of the audit's service tasks, called from the BPMN with the
 * application number, e.g. {@code ${auditNotices.teamNotice(applicationNumber)}}; the
 * letters' texts are {@link AuditLetters}. The team's names (AUD-7), the document review
 * result (DOC-4), the on-site audit notice (SITE-1), the findings document (FND-1), a
 * request for more (FND-4), the passed improvement deadline (FND-4), a withdrawal (DOC-5)
 * and a terminated audit (INT-12).
 */
@Component("auditNotices")
public class AuditNotices {

	private final Applications applications;

	private final AuditTeams teams;

	private final DocumentReviewRepository reviews;

	private final DocumentReviewAreaRepository areas;

	private final OnsiteAuditRepository audits;

	private final FindingsDocumentRepository findings;

	private final NonconformityRepository nonconformities;

	private final ImprovementReportRepository reports;

	private final OnsiteDiscussionRepository discussions;

	private final Letters letters;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	AuditNotices(Applications applications, AuditTeams teams, DocumentReviewRepository reviews,
			DocumentReviewAreaRepository areas, OnsiteAuditRepository audits, FindingsDocumentRepository findings,
			NonconformityRepository nonconformities, ImprovementReportRepository reports,
			OnsiteDiscussionRepository discussions, Letters letters, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.applications = applications;
		this.teams = teams;
		this.reviews = reviews;
		this.areas = areas;
		this.audits = audits;
		this.findings = findings;
		this.nonconformities = nonconformities;
		this.reports = reports;
		this.discussions = discussions;
		this.letters = letters;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	/** AUD-7: the applicant is told the names of the team's members. */
	@Transactional
	public void teamNotice(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		boolean assistantConsent = this.teams.currentTeam(application)
			.filter(AuditTeam::isAssistantConsent)
			.isPresent();
		send(application,
				AuditLetters.teamNotice(header(application), this.teams.members(application), assistantConsent));
	}

	/** DOC-4: the result of the document review, in writing, before the on-site audit. */
	@Transactional
	public void documentReviewResult(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		DocumentReview review = this.reviews.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
		send(application, AuditLetters.documentReviewResult(header(application), review,
				this.areas.findByReviewIdOrderById(review.getId())));
	}

	/** SITE-1: the date, place and content of the on-site audit, in advance. */
	@Transactional
	public void onsiteNotice(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		OnsiteAudit audit = this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
		send(application, AuditLetters.onsiteNotice(header(application), audit, this.teams.members(application)));
	}

	/** FND-1: the findings document goes to the applicant promptly. */
	@Transactional
	public void findingsDocument(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		FindingsDocument document = latestFindings(application);
		send(application, AuditLetters.findingsDocument(header(application), document,
				this.nonconformities.findByFindingsDocumentIdOrderBySeq(document.getId())));
	}

	/** FND-4: more is asked, within the same deadline. */
	@Transactional
	public void requestFurtherReport(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		FindingsDocument document = latestFindings(application);
		ImprovementReport report = this.reports.findFirstByFindingsDocumentIdOrderByIdDesc(document.getId())
			.orElseThrow();
		send(application, AuditLetters.furtherReportRequest(header(application), document, report));
	}

	/**
	 * FND-4: the deadline passed without an accepted report; the completion report
	 * follows.
	 * @param applicationNumber the assessment's application
	 * @return always true: the deadline passed, which the BPMN keeps as
	 * {@code improvementDeadlinePassed} for the completion report
	 */
	@Transactional
	public boolean improvementOverdue(String applicationNumber) {
		this.applications.journal(applicationNumber, "IMPROVEMENT_OVERDUE", "改善報告の期限を過ぎました。付与適格性の否認を推奨して審査終了報告書に進みます",
				this.currentUser.id());
		return true;
	}

	/** DOC-5: the applicant withdrew after the discussion; the assessment ends. */
	@Transactional
	public void withdrawal(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		String note = this.discussions.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.map(OnsiteDiscussion::getReason)
			.orElse("");
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.WITHDRAWN,
				this.currentUser.id(), note);
		send(application, AuditLetters.withdrawal(header(application), note));
	}

	/**
	 * INT-12: someone other than the applicant's officers and employees attended; the
	 * audit ends.
	 */
	@Transactional
	public void termination(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.TERMINATED,
				this.currentUser.id(), "役職員以外の者が審査に対応・立会いしたため");
		send(application, AuditLetters.termination(header(application)));
	}

	private FindingsDocument latestFindings(Application application) {
		return this.findings.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
	}

	private Map<String, Object> header(Application application) {
		return AuditLetters.header(application.getApplicationNumber(), application.getApplicant().getName(),
				this.calendar.today());
	}

	private void send(Application application, CaseLetter letter) {
		this.letters.record(application.getId(), letter.kind(), letter.title(), application.getApplicant().recipient(),
				letter.contents(), this.currentUser.id());
	}

}
