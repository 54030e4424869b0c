package jp.pmark.workflow.intake;

import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.ApplicationEvent;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEN-1: every decision a person makes is recorded with who, when and why; corrections
 * are new records.
 */
@PmarkSpringTest
class DecisionRecordsTest {

	@Autowired
	AssessmentDriver driver;

	@Autowired
	IdentityService identityService;

	@Autowired
	Applications applications;

	@Autowired
	ReceiptCheckRepository receiptChecks;

	@Autowired
	DisqualificationScreeningRepository screenings;

	@Autowired
	StartConfirmationRepository confirmations;

	@Test
	@DisplayName("GEN-1 INT-8 INT-13 the receipt check, the answer to each ground and each start confirmation are kept with who and when")
	void decisionsAreRecorded() {
		String number = this.driver.applyOnline();
		Long id = this.applications.get(number).getId();
		TestUsers.as(this.identityService, Fixtures.RECEPTION,
				() -> this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT));
		TestUsers.as(this.identityService, Fixtures.MANAGER, () -> {
			this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION,
					Map.of("screeningComment", "公表情報と役員名簿を照合"));
			this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		});

		ReceiptCheck check = this.receiptChecks.findFirstByApplicationIdOrderByIdDesc(id).orElseThrow();
		assertThat(check.getRecordedBy()).isEqualTo(Fixtures.RECEPTION);
		assertThat(check.getRecordedAt()).isNotNull();
		assertThat(check.getPresentDocuments()).contains("20. 欠格事項に該当しない旨の申告書");

		DisqualificationScreening screening = this.screenings.findFirstByApplicationIdOrderByIdDesc(id).orElseThrow();
		assertThat(screening.getRecordedBy()).isEqualTo(Fixtures.MANAGER);
		assertThat(screening.getCheckedGrounds().lines()).hasSize(11)
			.allSatisfy((line) -> assertThat(line).endsWith("=該当しない"));
		assertThat(screening.getReason()).isEqualTo("公表情報と役員名簿を照合");

		StartConfirmation confirmation = this.confirmations.findFirstByApplicationIdOrderByIdDesc(id).orElseThrow();
		assertThat(confirmation.getRecordedBy()).isEqualTo(Fixtures.MANAGER);
		assertThat(confirmation.getRecordedAt()).isNotNull();
		assertThat(List.of(confirmation.isDocumentsSatisfy(), confirmation.isInformationSufficient(),
				confirmation.isWithinScope(), confirmation.isNotDisqualified(), confirmation.isTrainingAllEmployees(),
				confirmation.isInternalAuditAllDepartments(), confirmation.isConfirmed()))
			.containsOnly(true);

		assertThat(this.applications.journal(number)).extracting(ApplicationEvent::getActor)
			.contains(Fixtures.RECEPTION, Fixtures.MANAGER);
		assertThat(this.applications.journal(number))
			.allSatisfy((event) -> assertThat(event.getOccurredAt()).isNotNull());
	}

}
