package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** FEE-5's rules without Spring or the engine. */
class SuspensionRulesTest {

	static final LocalDate TODAY = LocalDate.parse("2026-06-10");

	static Invoice invoice(String number, LocalDate dueOn) {
		return new Invoice(number, 1L, InvoiceKind.values()[0], 10000, 0, 0, dueOn.minusDays(30), dueOn, "accounting");
	}

	@ParameterizedTest(name = "FEE-5 another invoice due {0}, paid {1}: another overdue {2}")
	@CsvSource(textBlock = """
			2026-06-09, false, true
			2026-06-10, false, false
			2026-06-09, true,  false
			""")
	void otherOverdue(LocalDate otherDue, boolean otherPaid, boolean expected) {
		Invoice paid = invoice("INV-2026-00001", LocalDate.parse("2026-05-01"));
		Invoice other = invoice("INV-2026-00002", otherDue);
		if (otherPaid) {
			other.markPaid(TODAY);
		}
		assertThat(SuspensionRules.otherOverdue(List.of(paid, other), paid, TODAY)).isEqualTo(expected);
	}

	@Test
	@DisplayName("FEE-5 the paid invoice itself never keeps the assessment suspended")
	void paidItselfIsNotOther() {
		Invoice paid = invoice("INV-2026-00001", LocalDate.parse("2026-05-01"));
		assertThat(SuspensionRules.otherOverdue(List.of(paid), paid, TODAY)).isFalse();
	}

	@Test
	@DisplayName("FEE-5 the journal's reasons name the invoice, its due date and its payment")
	void reasons() {
		Invoice invoice = invoice("INV-2026-00001", LocalDate.parse("2026-05-01"));
		assertThat(SuspensionRules.overdueReason(invoice)).contains("INV-2026-00001", "2026-05-01", "未納");
		assertThat(SuspensionRules.paidReason(invoice)).contains("INV-2026-00001", "入金を確認しました");
	}

}
