package jp.pmark.workflow.fee;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.ConflictException;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.engine.EngineCalls;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues invoices and records payments. An invoice is due a number of days after its
 * issue, moved to the next business day (CAL-1); its {@code PmarkInvoiceProcess} waits
 * for the payment and suspends the assessment while it is overdue (FEE-5). A payment
 * recorded twice is recorded once.
 */
@Service
public class InvoiceService {

	/** What recording a payment did. */
	public enum PaymentResult {

		/** The payment was recorded and the invoice is paid. */
		RECORDED,
		/** The same payment was already recorded; nothing changed. */
		DUPLICATE

	}

	private final InvoiceRepository invoices;

	private final PaymentRepository payments;

	private final FeeSchedule schedule;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final Applications applications;

	private final Letters letters;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	InvoiceService(InvoiceRepository invoices, PaymentRepository payments, FeeSchedule schedule, Numbering numbering,
			JapaneseBusinessCalendar calendar, Applications applications, Letters letters,
			RuntimeService runtimeService, EngineCalls engineCalls) {
		this.invoices = invoices;
		this.payments = payments;
		this.schedule = schedule;
		this.numbering = numbering;
		this.calendar = calendar;
		this.applications = applications;
		this.letters = letters;
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
	}

	/**
	 * Issues an invoice, records it as a letter (unless the caller sends it inside
	 * another letter) and starts its payment process.
	 * @return the invoice
	 */
	@Transactional
	public Invoice issue(Application application, InvoiceKind kind, long feeYen, long travelYen, long lodgingYen,
			String issuedBy, boolean ownLetter) {
		LocalDate today = this.calendar.today();
		LocalDate due = this.calendar.nextBusinessDay(today.plusDays(this.schedule.paymentTermDays()));
		String number = this.numbering.next("INV", today.getYear(), 5);
		Invoice invoice = this.invoices
			.save(new Invoice(number, application.getId(), kind, feeYen, travelYen, lodgingYen, today, due, issuedBy));
		if (ownLetter) {
			this.letters.record(application.getId(), "INVOICE", kind.japaneseName() + "のご請求について（請求書）",
					application.getApplicant().recipient(), invoiceContents(application, invoice), issuedBy);
		}
		this.applications.journal(application.getApplicationNumber(), "INVOICE_ISSUED",
				kind.japaneseName() + "を請求しました（" + number + "、" + yen(invoice.getTotalYen()) + "、支払期限 " + due + "）",
				issuedBy);
		// the invoice's own process, started by the product for whoever issued it
		// (accounting
		// submitting the on-site invoice form may not start processes themselves)
		this.engineCalls
			.onBehalfOfCaller(() -> this.runtimeService.startProcessInstanceByKey(InvoiceProcess.KEY, number,
					Map.of(InvoiceProcess.VAR_INVOICE_NUMBER, number, InvoiceProcess.VAR_APPLICATION_NUMBER,
							application.getApplicationNumber(), InvoiceProcess.VAR_APPLICANT_NAME,
							application.getApplicant().getName(), InvoiceProcess.VAR_DUE_AT,
							this.calendar.endOfDay(due), InvoiceProcess.VAR_SUSPENDED, false)));
		return invoice;
	}

	/** Every field an invoice shows. */
	public Map<String, Object> invoiceContents(Application application, Invoice invoice) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("請求書番号", invoice.getInvoiceNumber());
		contents.put("申請番号", application.getApplicationNumber());
		contents.put("請求先", application.getApplicant().getName());
		contents.put("発行日", invoice.getIssuedOn().toString());
		contents.put("件名", invoice.getKind().japaneseName());
		contents.put(invoice.getKind().japaneseName(), yen(invoice.getFeeYen()));
		if (invoice.getTravelYen() > 0 || invoice.getLodgingYen() > 0) {
			contents.put("交通費（実費）", yen(invoice.getTravelYen()));
			contents.put("宿泊費（実費）", yen(invoice.getLodgingYen()));
		}
		contents.put("ご請求金額（税込）", yen(invoice.getTotalYen()));
		// 適格請求書: the lines, the total per tax rate and its tax (rounded down once per
		// invoice); the body's registration number and payee come with the letterhead
		List<Map<String, String>> lines = new ArrayList<>();
		lines.add(line(invoice.getKind().japaneseName(), invoice.getFeeYen()));
		if (invoice.getTravelYen() > 0 || invoice.getLodgingYen() > 0) {
			lines.add(line("交通費（実費）", invoice.getTravelYen()));
			lines.add(line("宿泊費（実費）", invoice.getLodgingYen()));
		}
		contents.put("明細", lines);
		contents.put("10%対象（税込）", yen(invoice.getTotalYen()));
		contents.put("うち消費税額（10%）", yen(consumptionTax(invoice.getTotalYen())));
		contents.put("お支払期限", invoice.getDueOn().toString());
		if (invoice.getKind() == InvoiceKind.APPLICATION_FEE) {
			contents.put("ご注意", "申請料は審査の結果にかかわらず返金いたしません。");
		}
		else {
			contents.put("ご注意", "お支払いのない間は審査を中断することがあります。");
		}
		return contents;
	}

	/** The consumption tax in a tax-included amount at 10%, rounded down. */
	static long consumptionTax(long taxIncludedYen) {
		return taxIncludedYen * 10 / 110;
	}

	private static Map<String, String> line(String item, long taxIncludedYen) {
		Map<String, String> line = new LinkedHashMap<>();
		line.put("品目", item);
		line.put("金額", yen(taxIncludedYen));
		line.put("税率", "10%");
		return line;
	}

	public Optional<Invoice> find(String invoiceNumber) {
		return this.invoices.findByInvoiceNumber(invoiceNumber);
	}

	public List<Invoice> invoicesOf(Application application) {
		return this.invoices.findByApplicationIdOrderById(application.getId());
	}

	public List<Payment> paymentsOf(Invoice invoice) {
		return this.payments.findByInvoiceId(invoice.getId());
	}

	/**
	 * Records a payment (FEE-5). The same payment (invoice and reference) recorded again
	 * changes nothing; a payment of another amount, or a second payment of a paid
	 * invoice, is refused.
	 */
	@Transactional
	public PaymentResult recordPayment(String invoiceNumber, LocalDate paidOn, long amountYen, String reference,
			String recordedBy) {
		Invoice invoice = this.invoices.lockByInvoiceNumber(invoiceNumber)
			.orElseThrow(() -> new RuleViolationException(
					RuleViolation.of("invoiceNumber", RuleId.FEE_5, "there-no-invoice", invoiceNumber)));
		Optional<Payment> earlier = this.payments.findByInvoiceIdAndReference(invoice.getId(), reference);
		if (earlier.isPresent()) {
			if (earlier.get().getAmountYen() != amountYen || !earlier.get().getPaidOn().equals(paidOn)) {
				throw new ConflictException(
						RuleViolation.of("reference", RuleId.FEE_5, "payment-reference-recorded-another", reference,
								earlier.get().getPaidOn(), yen(earlier.get().getAmountYen())));
			}
			return PaymentResult.DUPLICATE;
		}
		if (invoice.getStatus() == Invoice.Status.PAID) {
			throw new RuleViolationException(RuleViolation.of("reference", RuleId.FEE_5, "invoice-already-paid",
					invoiceNumber, invoice.getPaidOn()));
		}
		if (amountYen != invoice.getTotalYen()) {
			throw new RuleViolationException(
					RuleViolation.of("amountYen", RuleId.FEE_5, "amount-paid-differs-from-total", yen(amountYen),
							yen(invoice.getTotalYen()), invoice.getTotalYen()));
		}
		this.payments.save(new Payment(invoice.getId(), paidOn, amountYen, reference, recordedBy));
		invoice.markPaid(paidOn);
		this.invoices.save(invoice);
		Application application = this.applications.get(invoice.getApplicationId());
		this.applications.journal(application.getApplicationNumber(), "PAYMENT_RECORDED",
				invoice.getKind().japaneseName() + "の入金を記録しました（" + invoiceNumber + "、" + yen(amountYen) + "、" + paidOn
						+ "）",
				recordedBy);
		return PaymentResult.RECORDED;
	}

	/**
	 * A payment reported by the bank or accounting's system: recorded once, then the
	 * invoice's process is told (if it still waits).
	 */
	@Transactional
	public PaymentResult receivePayment(String invoiceNumber, LocalDate paidOn, long amountYen, String reference,
			String recordedBy) {
		PaymentResult result = recordPayment(invoiceNumber, paidOn, amountYen, reference, recordedBy);
		if (result == PaymentResult.RECORDED) {
			this.engineCalls.onBehalfOfCaller(
					() -> this.runtimeService.createMessageCorrelation(InvoiceProcess.MSG_PAYMENT_RECEIVED)
						.processInstanceBusinessKey(invoiceNumber)
						.correlateAllWithResult());
		}
		return result;
	}

	static String yen(long amount) {
		return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
	}

}
