package jp.pmark.workflow.fee;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.pmark.workflow.common.ApiCaller;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.identity.AllowedGroups;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments reported by the bank or accounting's system (FEE-5): recorded once; the same
 * payment sent again changes nothing and answers 200 instead of 201. Callers are members
 * of {@code accounting}.
 */
@RestController
@RequestMapping("/api/payments")
@Tag(name = "入金", description = "入金の記録（二重の記録は1回として扱います）")
class PaymentsApi {

	/** A payment: the invoice, the day, the amount in yen and the bank's reference. */
	record PaymentRequest(String invoiceNumber, LocalDate paidOn, Long amountYen, String reference) {
	}

	private final InvoiceService invoices;

	private final ApiCaller caller;

	PaymentsApi(InvoiceService invoices, ApiCaller caller) {
		this.invoices = invoices;
		this.caller = caller;
	}

	@AllowedGroups(StaffGroup.ACCOUNTING)
	@PostMapping
	@Operation(summary = "入金を記録する", description = "請求書番号・入金日・金額・照合番号。同じ照合番号の入金は1回だけ記録します。")
	ResponseEntity<Map<String, Object>> record(@RequestBody PaymentRequest payment) {
		String by = this.caller.requireAuthenticated();
		Rules rules = new Rules();
		rules.require(payment.invoiceNumber() != null && !payment.invoiceNumber().isBlank(), "invoiceNumber",
				RuleId.FEE_5, "give-invoice-number");
		rules.require(payment.paidOn() != null, "paidOn", RuleId.FEE_5, "give-payment-date");
		rules.require(payment.amountYen() != null, "amountYen", RuleId.FEE_5, "give-amount-yen");
		rules.require(payment.reference() != null && !payment.reference().isBlank(), "reference", RuleId.FEE_5,
				"give-payment-reference");
		rules.throwIfAny();
		InvoiceService.PaymentResult result = this.invoices.receivePayment(payment.invoiceNumber(), payment.paidOn(),
				payment.amountYen(), payment.reference(), by);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("invoiceNumber", payment.invoiceNumber());
		body.put("result", result.name());
		return ResponseEntity
			.status((result == InvoiceService.PaymentResult.RECORDED) ? HttpStatus.CREATED : HttpStatus.OK)
			.body(body);
	}

}
