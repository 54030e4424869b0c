package jp.pmark.workflow.merger;

import java.time.LocalDate;

/**
 * A merger, split or transfer as staff enter it (MRG-1, MRG-2).
 *
 * @param registrationNumber the registration of the business the case is about (or of the
 * holder whose new company asks, type 7)
 * @param applicationNumber or its application under assessment
 * @param newCompanyCase the case is about the new company of a new-company split (type 7)
 * @param event what happens to the business
 * @param counterparty who the other party is
 * @param counterpartyName the other party's name
 * @param counterpartyCorporateNumber its corporate number, or null
 * @param counterpartyRegistrationNumber its registration, when it holds the mark
 * @param counterpartyApplicationNumber its application, when it is under assessment
 * @param wholeBusiness the whole business passes to the other party
 * @param successorDormant the succeeding party does not substantively do business
 * @param effectiveOn the day the event takes effect (an early notice gives a later day)
 * @param notifiedOn the day the body was told
 * @param description what staff were told
 */
public record MergerRequest(String registrationNumber, String applicationNumber, boolean newCompanyCase,
		MergerFacts.Event event, MergerFacts.Counterparty counterparty, String counterpartyName,
		String counterpartyCorporateNumber, String counterpartyRegistrationNumber, String counterpartyApplicationNumber,
		boolean wholeBusiness, boolean successorDormant, LocalDate effectiveOn, LocalDate notifiedOn,
		String description) {
}
