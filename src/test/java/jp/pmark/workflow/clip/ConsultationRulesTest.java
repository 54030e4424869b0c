package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultation's rules, without engine or database (CLIP-4, CLIP-5). */
class ConsultationRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	static ClipBusiness business(boolean certified) {
		ClipBusiness business = new ClipBusiness("CL2026-0001", new ClipEnrolment(ClipPlan.LIGHT, "ひまわり工房", null,
				"田中 一郎", "100-0001", "東京都千代田区千代田1-1", "田中 一郎", "tanaka@example.jp", null, 1, false, null, null),
				TODAY.minusMonths(2), "t");
		if (certified) {
			business.certified("CLC-0001", TODAY.minusDays(5), TODAY.plusYears(1), TODAY.minusDays(6));
		}
		return business;
	}

	static ConsultationRequest complaint(ConsultationRaisedBy by, ConsultationFirstHandling handling, String note) {
		return new ConsultationRequest("CL2026-0001", ConsultationKind.COMPLAINT, by, null, null, TODAY,
				ConsultationChannel.PHONE, "退会後もメールが届く", handling, note);
	}

	static List<String> refused(ConsultationRequest request, ClipBusiness business) {
		Rules rules = new Rules();
		ConsultationRules.checkRequest(request, business, TODAY, rules);
		return rules.violations().stream().map((v) -> v.field() + " " + v.ruleId()).toList();
	}

	static ClipConsultation consultation(ConsultationKind kind, ConsultationFirstHandling handling) {
		ConsultationRequest request = new ConsultationRequest("CL2026-0001", kind, ConsultationRaisedBy.BUSINESS, null,
				null, TODAY.minusDays(2), ConsultationChannel.EMAIL, "相談", handling, null);
		return new ClipConsultation("CC2026-0001", business(true), request, "t");
	}

	static List<String> handling(ClipConsultation consultation, ConsultationOutcome outcome, boolean calledFor) {
		Rules rules = new Rules();
		ConsultationRules.checkHandling(consultation, "助言", outcome, TODAY, TODAY, calledFor, "ひまわり工房", rules);
		return rules.violations().stream().map(RuleViolation::ruleId).toList();
	}

	@Test
	@DisplayName("CLIP-4 only a certified business gets the consultation: certified and renewing yes, under guidance, lapsed or unknown no")
	void certifiedOnly() {
		ConsultationRequest request = complaint(ConsultationRaisedBy.BUSINESS, ConsultationFirstHandling.HANDLED,
				"説明した");
		assertThat(refused(request, business(true))).isEmpty();
		assertThat(refused(request, business(false))).containsExactly("enrolmentNumber CLIP-4");
		assertThat(refused(request, null)).containsExactly("enrolmentNumber CLIP-4");
		ClipBusiness lapsed = business(true);
		lapsed.lapsed(TODAY);
		assertThat(refused(request, lapsed)).containsExactly("enrolmentNumber CLIP-4");
		ClipBusiness renewing = business(true);
		renewing.renewalOpened(ClipPlan.LIGHT);
		assertThat(refused(request, renewing)).isEmpty();
	}

	@Test
	@DisplayName("CLIP-5 a complaint states the business's own first handling, with how when it handled it; a leak comes from the business and has none")
	void firstHandling() {
		assertThat(refused(complaint(ConsultationRaisedBy.COMPLAINANT, null, null), business(true)))
			.containsExactly("firstHandling CLIP-5");
		assertThat(refused(complaint(ConsultationRaisedBy.COMPLAINANT, ConsultationFirstHandling.IN_PROGRESS, null),
				business(true)))
			.containsExactly("firstHandlingNote CLIP-5");
		assertThat(refused(complaint(ConsultationRaisedBy.COMPLAINANT, ConsultationFirstHandling.NOT_YET, null),
				business(true)))
			.isEmpty();
		ConsultationRequest leak = new ConsultationRequest("CL2026-0001", ConsultationKind.LEAK,
				ConsultationRaisedBy.COMPLAINANT, null, null, TODAY, ConsultationChannel.PHONE, "漏えい",
				ConsultationFirstHandling.HANDLED, null);
		assertThat(refused(leak, business(true))).containsExactlyInAnyOrder("raisedBy CLIP-4", "firstHandling CLIP-5");
	}

	@Test
	@DisplayName("CLIP-5 a complaint the business has not handled goes to the business first, and only such a complaint does")
	void businessHandlesComplaintsFirst() {
		ClipConsultation notYet = consultation(ConsultationKind.COMPLAINT, ConsultationFirstHandling.NOT_YET);
		assertThat(handling(notYet, ConsultationOutcome.REFER_TO_BUSINESS, false)).isEmpty();
		assertThat(handling(notYet, ConsultationOutcome.CLOSED, false)).containsExactly("CLIP-5");
		ClipConsultation handled = consultation(ConsultationKind.COMPLAINT, ConsultationFirstHandling.HANDLED);
		assertThat(handling(handled, ConsultationOutcome.CLOSED, false)).isEmpty();
		assertThat(handling(handled, ConsultationOutcome.REFER_TO_BUSINESS, false)).containsExactly("CLIP-5");
		assertThat(handling(handled, ConsultationOutcome.REPORT_AS_INCIDENT, true)).containsExactly("CLIP-4");
	}

	@Test
	@DisplayName("CLIP-4 INC-1 a leak becomes an incident report only where the Privacy Mark's rules call for one; it is never passed back to the business")
	void leakToIncident() {
		ClipConsultation leak = consultation(ConsultationKind.LEAK, null);
		assertThat(handling(leak, ConsultationOutcome.REPORT_AS_INCIDENT, true)).isEmpty();
		assertThat(handling(leak, ConsultationOutcome.REPORT_AS_INCIDENT, false)).containsExactly("CLIP-4");
		assertThat(handling(leak, ConsultationOutcome.CLOSED, false)).isEmpty();
		assertThat(handling(leak, ConsultationOutcome.REFER_TO_BUSINESS, true)).containsExactly("CLIP-5");
		assertThat(handling(leak, null, true)).containsExactly("CLIP-4");
	}

	@Test
	@DisplayName("CLIP-4 the advisor's answer needs advice and a day that is neither in the future nor before the consultation arrived")
	void adviceAndDay() {
		ClipConsultation leak = consultation(ConsultationKind.LEAK, null);
		Rules rules = new Rules();
		ConsultationRules.checkHandling(leak, " ", ConsultationOutcome.CLOSED, TODAY.minusDays(3), TODAY, false, "x",
				rules);
		assertThat(rules.violations()).extracting(RuleViolation::field).containsExactly("advice", "closedOn");
		rules = new Rules();
		ConsultationRules.checkHandling(leak, "助言", ConsultationOutcome.CLOSED, TODAY.plusDays(1), TODAY, false, "x",
				rules);
		assertThat(rules.violations()).extracting(RuleViolation::field).containsExactly("closedOn");
	}

}
