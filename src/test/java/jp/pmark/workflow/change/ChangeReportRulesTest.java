package jp.pmark.workflow.change;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a change report may carry and how reception may decide on it, without Spring or
 * the engine: each case names the refusals it expects as "RULE field", or none.
 */
class ChangeReportRulesTest {

	static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	static final String ON_RECORD = "7000012050002";

	static ChangeRequest request(Set<ChangeKind> kinds, Map<ApplicantField, String> values, String corporateNumber,
			ProofType proofType, Set<ChangeDocumentType> paper) {
		return new ChangeRequest("10823456(05)", null, corporateNumber, TODAY, null, kinds, values, proofType,
				paper.isEmpty() ? EnumSet.noneOf(ChangeDocumentType.class) : EnumSet.copyOf(paper), List.of(), null,
				Channel.ONLINE);
	}

	static ChangeRequest name(String corporateNumber, ProofType proofType, Set<ChangeDocumentType> paper) {
		return request(EnumSet.of(ChangeKind.NAME), Map.of(ApplicantField.NAME, "新商号株式会社"), corporateNumber, proofType,
				paper);
	}

	static List<String> refusals(Rules rules) {
		return rules.violations().stream().map((violation) -> violation.ruleId() + " " + violation.field()).toList();
	}

	@Test
	@DisplayName("GEN-2 CHG-1 a report without a channel, a date or a kind is refused on each")
	void emptyRequest() {
		Rules rules = new Rules();
		ChangeReportRules.checkRequest(new ChangeRequest(null, null, null, null, null, EnumSet.noneOf(ChangeKind.class),
				Map.of(), null, EnumSet.noneOf(ChangeDocumentType.class), List.of(), null, null), TODAY, rules);
		assertThat(refusals(rules)).containsExactly("GEN-2 channel", "GEN-2 reportedOn", "CHG-1 kinds");
	}

	@Test
	@DisplayName("GEN-2 a report dated tomorrow is refused, one dated today is not")
	void reportedOn() {
		Rules rules = new Rules();
		ChangeReportRules.checkRequest(name(ON_RECORD, null, Set.of()), TODAY.minusDays(1), rules);
		assertThat(refusals(rules)).containsExactly("GEN-2 reportedOn");
		Rules today = new Rules();
		ChangeReportRules.checkRequest(name(ON_RECORD, null, Set.of()), TODAY, today);
		assertThat(today.isEmpty()).isTrue();
	}

	@ParameterizedTest(name = "GEN-2 CHG-5 contact e-mail ''{0}'', postal code ''{1}'', phone ''{2}'': {3}")
	@CsvSource(delimiter = '|', textBlock = """
			a@example.jp | 100-0001 | 03-1234-5678 | ''
			not-an-email | 100-0001 | 03-1234-5678 | GEN-2 newContactEmail
			a@example.jp | 1000     | 03-1234-5678 | GEN-2 newContactPostalCode
			a@example.jp | １００ー０００１ | 123456789018 | CHG-5 newContactPhone
			""")
	void texts(String email, String postalCode, String phone, String expected) {
		Rules rules = new Rules();
		ChangeReportRules.checkRequest(request(
				EnumSet.of(ChangeKind.CONTACT), Map.of(ApplicantField.CONTACT_EMAIL, email,
						ApplicantField.CONTACT_POSTAL_CODE, postalCode, ApplicantField.CONTACT_PHONE, phone),
				null, null, Set.of()), TODAY, rules);
		assertThat(String.join(",", refusals(rules))).isEqualTo(expected);
	}

	@Test
	@DisplayName("CHG-1 each kind reported gives its new values; a contact change at least one")
	void reportedValues() {
		Rules rules = new Rules();
		ChangeReportRules
			.checkReportedValues(request(EnumSet.of(ChangeKind.NAME, ChangeKind.HEAD_OFFICE, ChangeKind.CONTACT),
					Map.of(ApplicantField.POSTAL_CODE, "100-0001", ApplicantField.CONTACT_FAX, " "), null, null,
					Set.of()), rules);
		assertThat(refusals(rules)).containsExactly("CHG-1 newName", "CHG-1 newAddress", "CHG-1 newContactName");
		Rules given = new Rules();
		ChangeReportRules.checkReportedValues(request(EnumSet.of(ChangeKind.CONTACT),
				Map.of(ApplicantField.CONTACT_FAX, "03-0000-0000"), null, null, Set.of()), given);
		assertThat(given.isEmpty()).isTrue();
	}

	@ParameterizedTest(name = "CHG-2 CHG-6 corporate number given ''{0}'', on record ''{1}'', proof {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			7000012050002 | 7000012050002 |            | ''
			7000-0120-50002 | 7000012050002 |          | ''
			4011001098993 | 7000012050002 |            | CHG-2 corporateNumber
			7000012050003 | 7000012050002 |            | CHG-6 corporateNumber
			              | 7000012050002 |            | CHG-2 corporateNumber
			              |               | TAX_OFFICE | ''
			              |               |            | CHG-2 proof
			4011001098993 |               |            | ''
			""")
	void corporateNumberOrProof(String given, String onRecord, ProofType proofType, String expected) {
		Rules rules = new Rules();
		Set<ChangeDocumentType> paper = (proofType != null) ? Set.of(ChangeDocumentType.PROOF) : Set.of();
		ChangeReportRules.checkCorporateNumberOrProof(name(given, proofType, paper), onRecord, "株式会社テスト", rules);
		assertThat(String.join(",", refusals(rules))).isEqualTo(expected);
	}

	@Test
	@DisplayName("CHG-2 a change of neither name nor head office needs no corporate number")
	void noCorporateNumberNeeded() {
		Rules rules = new Rules();
		ChangeReportRules.checkCorporateNumberOrProof(
				request(EnumSet.of(ChangeKind.PROTECTION_MANAGER),
						Map.of(ApplicantField.PROTECTION_MANAGER_NAME, "渡辺 四郎"), null, null, Set.of()),
				ON_RECORD, "株式会社テスト", rules);
		assertThat(rules.isEmpty()).isTrue();
	}

	@ParameterizedTest(name = "CHG-3 representative change, under assessment {0}, registry page {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			true  | true  | ''
			false | true  | CHG-3 kinds
			true  | false | CHG-3 registryPage
			false | false | CHG-3 kinds,CHG-3 registryPage
			""")
	void representative(boolean underAssessment, boolean registryPage, String expected) {
		Rules rules = new Rules();
		ChangeReportRules.checkRepresentative(
				request(EnumSet.of(ChangeKind.REPRESENTATIVE), Map.of(ApplicantField.REPRESENTATIVE_NAME, "鈴木 次郎"),
						null, null, registryPage ? Set.of(ChangeDocumentType.REGISTRY_PAGE) : Set.of()),
				underAssessment, "株式会社テスト", rules);
		assertThat(String.join(",", refusals(rules))).isEqualTo(expected);
	}

	@Test
	@DisplayName("CHG-4 the publication check is needed for a name or head-office change of a business with a corporate number")
	void publicationCheck() {
		assertThat(ChangeReportRules.needsPublicationCheck(EnumSet.of(ChangeKind.NAME), ON_RECORD)).isTrue();
		assertThat(ChangeReportRules.needsPublicationCheck(EnumSet.of(ChangeKind.HEAD_OFFICE, ChangeKind.CONTACT),
				ON_RECORD))
			.isTrue();
		assertThat(ChangeReportRules.needsPublicationCheck(EnumSet.of(ChangeKind.NAME), null)).isFalse();
		assertThat(ChangeReportRules.needsPublicationCheck(EnumSet.of(ChangeKind.CONTACT), ON_RECORD)).isFalse();
	}

	@ParameterizedTest(
			name = "CHG-4 CHG-7 verification {0} of NAME, check needed {1}, confirmed {2}, certificate {3}, reason ''{4}'': {5}")
	@CsvSource(delimiter = '|', textBlock = """
			                           | false | false | false |        | CHG-7 verificationOutcome
			APPLY                      | false | false | false |        | ''
			APPLY                      | true  | false | false |        | CHG-4 oldDetailsConfirmed
			APPLY                      | true  | true  | false |        | ''
			APPLY                      | true  | false | true  |        | ''
			REQUEST_CLOSED_CERTIFICATE | true  | false | false | 旧商号なし | ''
			REQUEST_CLOSED_CERTIFICATE | true  | false | false |        | CHG-4 verificationReason
			RETURN                     | false | false | false |        | CHG-7 verificationReason
			RETURN                     | false | false | false | 123456789018 | CHG-5 verificationReason
			""")
	void verification(ChangeReportVerification.Outcome outcome, boolean check, boolean confirmed, boolean certificate,
			String reason, String expected) {
		Rules rules = new Rules();
		ChangeReportRules.checkVerification(new VerifyChangeReportForm.Input(confirmed, outcome, reason),
				EnumSet.of(ChangeKind.NAME), check, certificate, rules);
		assertThat(String.join(",", refusals(rules))).isEqualTo(expected);
	}

	@Test
	@DisplayName("CHG-4 the closed certificate is asked only for a name or head-office change")
	void certificateOnlyForNameOrHeadOffice() {
		Rules rules = new Rules();
		ChangeReportRules.checkVerification(new VerifyChangeReportForm.Input(false,
				ChangeReportVerification.Outcome.REQUEST_CLOSED_CERTIFICATE, "理由"), EnumSet.of(ChangeKind.CONTACT),
				false, false, rules);
		assertThat(refusals(rules)).containsExactly("CHG-4 verificationOutcome");
	}

	@ParameterizedTest(name = "CHG-4 closed certificate {0}, received {1}, note ''{2}'': {3}")
	@CsvSource(delimiter = '|', textBlock = """
			              |            |      | CHG-4 certificateOutcome
			RECEIVED      | 2026-06-01 |      | ''
			RECEIVED      | 2026-06-02 |      | CHG-4 certificateReceivedOn
			RECEIVED      |            |      | CHG-4 certificateReceivedOn
			NOT_SUBMITTED |            | 期限切れ | ''
			NOT_SUBMITTED |            |      | CHG-4 certificateNote
			""")
	void certificate(ClosedCertificateForm.CertificateOutcome outcome, LocalDate receivedOn, String note,
			String expected) {
		Rules rules = new Rules();
		ChangeReportRules.checkCertificate(new ClosedCertificateForm.Input(outcome, receivedOn, note), TODAY, rules);
		assertThat(String.join(",", refusals(rules))).isEqualTo(expected);
	}

	@Test
	@DisplayName("CHG-1 a refusal carries its bundled message")
	void messages() {
		Rules rules = new Rules();
		ChangeReportRules.checkReportedValues(request(EnumSet.of(ChangeKind.NAME), Map.of(), null, null, Set.of()),
				rules);
		RuleViolation violation = rules.violations().get(0);
		assertThat(violation.messageJa()).contains("事業者名");
		assertThat(violation.messageEn()).isNotBlank();
	}

}
