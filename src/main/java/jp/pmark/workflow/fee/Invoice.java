package jp.pmark.workflow.fee;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 請求書: an invoice of the body to an applicant, in yen. */
@Entity
@Table(name = "invoice")
public class Invoice {

	/** Open until paid. */
	public enum Status {

		OPEN, PAID

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "invoice_number", nullable = false, length = 20)
	private String invoiceNumber;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private InvoiceKind kind;

	@Column(name = "fee_yen", nullable = false)
	private long feeYen;

	@Column(name = "travel_yen", nullable = false)
	private long travelYen;

	@Column(name = "lodging_yen", nullable = false)
	private long lodgingYen;

	@Column(name = "total_yen", nullable = false)
	private long totalYen;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Status status;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	@Column(name = "issued_by", length = 64)
	private String issuedBy;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Version
	private long version;

	protected Invoice() {
	}

	Invoice(String invoiceNumber, Long applicationId, InvoiceKind kind, long feeYen, long travelYen, long lodgingYen,
			LocalDate issuedOn, LocalDate dueOn, String issuedBy) {
		this.invoiceNumber = invoiceNumber;
		this.applicationId = applicationId;
		this.kind = kind;
		this.feeYen = feeYen;
		this.travelYen = travelYen;
		this.lodgingYen = lodgingYen;
		this.totalYen = feeYen + travelYen + lodgingYen;
		this.issuedOn = issuedOn;
		this.dueOn = dueOn;
		this.status = Status.OPEN;
		this.issuedBy = issuedBy;
		this.issuedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getInvoiceNumber() {
		return this.invoiceNumber;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public InvoiceKind getKind() {
		return this.kind;
	}

	public long getFeeYen() {
		return this.feeYen;
	}

	public long getTravelYen() {
		return this.travelYen;
	}

	public long getLodgingYen() {
		return this.lodgingYen;
	}

	public long getTotalYen() {
		return this.totalYen;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Status getStatus() {
		return this.status;
	}

	public LocalDate getPaidOn() {
		return this.paidOn;
	}

	void markPaid(LocalDate paidOn) {
		this.status = Status.PAID;
		this.paidOn = paidOn;
	}

}
