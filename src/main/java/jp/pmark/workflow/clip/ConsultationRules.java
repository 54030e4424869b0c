package jp.pmark.workflow.clip;

import java.time.LocalDate;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

/**
 * What a complaint or leak consultation may be, and how it may end (CLIP-4, CLIP-5):
 * plain rules, no engine, no database.
 * <ul>
 * <li>Only a business whose certification is valid (認証, or 認証（更新手続中）) gets the service
 * (CLIP-4).</li>
 * <li>A leak consultation comes from the business; a person worried about their data at a
 * business makes a complaint. A person may complain to the association only about a
 * business that names it as its complaint contact (CLIP-5).</li>
 * <li>CLIP-5, the business handles complaints first: a complaint records where the
 * business's complaint desk stands with it. One the business has not handled yet is
 * answered by passing it to the business (事業者へ一次対応を依頼), and only such a complaint is; one
 * the business handled or is handling ends with the advisor's advice (完了).</li>
 * <li>Only a leak may become an incident report (事故の報告として受け付ける), and only where the
 * Privacy Mark's rules call for one: see {@link ConsultationIncidents}.</li>
 * </ul>
 */
final class ConsultationRules {

	private ConsultationRules() {
	}

	/**
	 * CLIP-4, CLIP-5: a consultation as it arrives, about the business (null: unknown).
	 */
	static void checkRequest(ConsultationRequest request, ClipBusiness business, LocalDate today, Rules rules) {
		if (blank(request.enrolmentNumber())) {
			rules.refuse("enrolmentNumber", RuleId.CLIP_4, "enter-enrolment-number");
		}
		else if (business == null) {
			rules.refuse("enrolmentNumber", RuleId.CLIP_4, "no-clip-business", request.enrolmentNumber());
		}
		else {
			rules.require(business.getStatus().certified(), "enrolmentNumber", RuleId.CLIP_4,
					"consultation-needs-certification", business.getName(), business.getStatus().japaneseName());
		}
		rules.require(request.kind() != null, "kind", RuleId.CLIP_4, "choose-consultation-kind");
		rules.require(request.raisedBy() != null, "raisedBy", RuleId.CLIP_5, "choose-who-raised");
		if (request.receivedOn() == null) {
			rules.refuse("receivedOn", RuleId.CLIP_4, "enter-received-on");
		}
		else {
			rules.require(!request.receivedOn().isAfter(today), "receivedOn", RuleId.CLIP_4, "received-on-future");
		}
		rules.require(request.channel() != null, "channel", RuleId.CLIP_4, "choose-consultation-channel");
		rules.require(!blank(request.summary()), "summary", RuleId.CLIP_4, "describe-consultation");
		if (request.kind() == ConsultationKind.LEAK) {
			rules.require(request.raisedBy() != ConsultationRaisedBy.COMPLAINANT, "raisedBy", RuleId.CLIP_4,
					"leak-from-business");
			rules.require(request.firstHandling() == null, "firstHandling", RuleId.CLIP_5,
					"first-handling-only-complaints");
		}
		if (request.kind() == ConsultationKind.COMPLAINT) {
			if (request.firstHandling() == null) {
				rules.refuse("firstHandling", RuleId.CLIP_5, "choose-first-handling");
			}
			else if (request.firstHandling() != ConsultationFirstHandling.NOT_YET) {
				rules.require(!blank(request.firstHandlingNote()), "firstHandlingNote", RuleId.CLIP_5,
						"describe-first-handling");
			}
		}
		if (request.raisedBy() == ConsultationRaisedBy.COMPLAINANT && business != null
				&& business.getStatus().certified()) {
			rules.require(business.isComplaintContact(), "enrolmentNumber", RuleId.CLIP_5,
					"association-not-complaint-contact", business.getName());
		}
		// CHG-5: no individual number in anything stored
		rules.add(IndividualNumbers.check("summary", request.summary()));
		rules.add(IndividualNumbers.check("firstHandlingNote", request.firstHandlingNote()));
		rules.add(IndividualNumbers.check("complainantName", request.complainantName()));
		rules.add(IndividualNumbers.check("complainantContact", request.complainantContact()));
	}

	/**
	 * CLIP-4, CLIP-5: the advisor's conclusion of a consultation;
	 * {@code incidentCalledFor} is whether the Privacy Mark's rules call for an incident
	 * report from the business.
	 */
	static void checkHandling(ClipConsultation consultation, String advice, ConsultationOutcome outcome,
			LocalDate closedOn, LocalDate today, boolean incidentCalledFor, String businessName, Rules rules) {
		rules.require(!blank(advice), "advice", RuleId.CLIP_4, "enter-advice");
		if (closedOn == null) {
			rules.refuse("closedOn", RuleId.CLIP_4, "enter-closed-on");
		}
		else {
			rules.require(!closedOn.isAfter(today), "closedOn", RuleId.CLIP_4, "closed-on-future");
			rules.require(!closedOn.isBefore(consultation.getReceivedOn()), "closedOn", RuleId.CLIP_4,
					"closed-before-received", consultation.getReceivedOn());
		}
		if (outcome == null) {
			rules.refuse("outcome", RuleId.CLIP_4, "choose-consultation-outcome");
			return;
		}
		boolean complaint = consultation.getKind() == ConsultationKind.COMPLAINT;
		boolean notYetHandled = consultation.getFirstHandling() == ConsultationFirstHandling.NOT_YET;
		switch (outcome) {
			case REFER_TO_BUSINESS -> {
				rules.require(complaint, "outcome", RuleId.CLIP_5, "refer-only-complaints");
				rules.require(!complaint || notYetHandled, "outcome", RuleId.CLIP_5, "business-handled-already");
			}
			case REPORT_AS_INCIDENT -> {
				rules.require(!complaint, "outcome", RuleId.CLIP_4, "incident-only-for-leak");
				rules.require(complaint || incidentCalledFor, "outcome", RuleId.CLIP_4, "no-incident-report-called-for",
						businessName);
			}
			case CLOSED ->
				rules.require(!complaint || !notYetHandled, "outcome", RuleId.CLIP_5, "complaint-first-to-business");
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
