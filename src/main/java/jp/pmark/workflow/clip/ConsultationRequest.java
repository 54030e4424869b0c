package jp.pmark.workflow.clip;

import java.time.LocalDate;

/**
 * A complaint or leak consultation as it arrives (CLIP-4, CLIP-5): from the business
 * through the portal, or entered by reception from a call or a letter.
 *
 * @param enrolmentNumber the business's enrolment number, e.g. CL2026-0001
 * @param kind a complaint (苦情) or a leak (漏えい等)
 * @param raisedBy the business itself, or a person complaining about it
 * @param complainantName the person complaining, if they give a name
 * @param complainantContact how to reach them, if they give it
 * @param receivedOn the day it reached the association
 * @param channel how it arrived
 * @param summary what it is about
 * @param firstHandling for a complaint: where the business's own complaint desk stands
 * with it (CLIP-5)
 * @param firstHandlingNote how the business handled it, when it did
 */
public record ConsultationRequest(String enrolmentNumber, ConsultationKind kind, ConsultationRaisedBy raisedBy,
		String complainantName, String complainantContact, LocalDate receivedOn, ConsultationChannel channel,
		String summary, ConsultationFirstHandling firstHandling, String firstHandlingNote) {
}
