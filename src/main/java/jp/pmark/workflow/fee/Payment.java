package jp.pmark.workflow.fee;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 入金: a payment of an invoice; one per invoice and reference (FEE-5). */
@Entity
@Table(name = "payment")
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "invoice_id", nullable = false)
	private Long invoiceId;

	@Column(name = "paid_on", nullable = false)
	private LocalDate paidOn;

	@Column(name = "amount_yen", nullable = false)
	private long amountYen;

	@Column(nullable = false, length = 100)
	private String reference;

	@Column(name = "recorded_by", length = 64)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Payment() {
	}

	Payment(Long invoiceId, LocalDate paidOn, long amountYen, String reference, String recordedBy) {
		this.invoiceId = invoiceId;
		this.paidOn = paidOn;
		this.amountYen = amountYen;
		this.reference = reference;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	public Long getInvoiceId() {
		return this.invoiceId;
	}

	public LocalDate getPaidOn() {
		return this.paidOn;
	}

	public long getAmountYen() {
		return this.amountYen;
	}

	public String getReference() {
		return this.reference;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
