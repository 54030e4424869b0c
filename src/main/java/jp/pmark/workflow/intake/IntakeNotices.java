package jp.pmark.workflow.intake;

import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.CaseLetter;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Addressee;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.letter.Recipients;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters and records that end an intake: documents returned (INT-5), disqualified
 * (INT-13), transferred to JIPDEC under 3.1.4 (INT-9), not started (INT-8). Called from
 * the BPMN's service tasks with the application number, e.g.
 * {@code ${intakeNotices.returnApplication(applicationNumber)}}; the letters' texts are
 * {@link IntakeLetters}.
 */
@Component("intakeNotices")
public class IntakeNotices {

	private final Applications applications;

	private final ReceiptCheckRepository receiptChecks;

	private final DisqualificationScreeningRepository screenings;

	private final StartConfirmationRepository confirmations;

	private final Letters letters;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	IntakeNotices(Applications applications, ReceiptCheckRepository receiptChecks,
			DisqualificationScreeningRepository screenings, StartConfirmationRepository confirmations, Letters letters,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		this.applications = applications;
		this.receiptChecks = receiptChecks;
		this.screenings = screenings;
		this.confirmations = confirmations;
		this.letters = letters;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	/** INT-5: the documents go back at the applicant's cost, with the reason. */
	@Transactional
	public void returnApplication(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		ReceiptCheck check = this.receiptChecks.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		send(application,
				IntakeLetters.returned(header(application), check, application.getApplicant().getFullTimeStaff()),
				application.getApplicant().recipient());
	}

	/** INT-13: the applicant falls under a disqualification ground and cannot apply. */
	@Transactional
	public void notifyDisqualified(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		DisqualificationScreening screening = latestScreening(application);
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.DISQUALIFIED,
				this.currentUser.id(), screening.getApplicableGrounds());
		send(application, IntakeLetters.disqualified(header(application), screening),
				application.getApplicant().recipient());
	}

	/**
	 * INT-9 (004: 2.3): when 3.1.4 is considered, the case goes to the granting body and
	 * this body's process stops, recorded as transferred.
	 */
	@Transactional
	public void transferToJipdec(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		DisqualificationScreening screening = latestScreening(application);
		this.applications.setStatus(application.getApplicationNumber(), ApplicationStatus.TRANSFERRED,
				this.currentUser.id(), "欠格事項 3.1.4 の適用を検討するため付与機関へ移送");
		send(application, IntakeLetters.transfer(header(application), application.getApplicant().getName(),
				application.getApplicant().getCorporateNumber(), screening), Recipients.JIPDEC);
	}

	/** INT-8: the start was not confirmed; the applicant is told why. */
	@Transactional
	public void notifyNotStarted(String applicationNumber) {
		Application application = this.applications.get(applicationNumber);
		StartConfirmation confirmation = this.confirmations.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		send(application, IntakeLetters.notStarted(header(application), confirmation),
				application.getApplicant().recipient());
	}

	private DisqualificationScreening latestScreening(Application application) {
		return this.screenings.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
	}

	private Map<String, Object> header(Application application) {
		return IntakeLetters.header(application.getApplicationNumber(), application.getApplicant().getName(),
				application.getAppliedOn(), this.calendar.today());
	}

	private void send(Application application, CaseLetter letter, Addressee recipient) {
		this.letters.record(application.getId(), letter.kind(), letter.title(), recipient, letter.contents(),
				this.currentUser.id());
	}

}
