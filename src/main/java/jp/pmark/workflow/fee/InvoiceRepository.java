package jp.pmark.workflow.fee;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

	Optional<Invoice> findByInvoiceNumber(String invoiceNumber);

	/**
	 * The invoice, its row locked until the transaction ends: two payments of it arriving
	 * at once are recorded one after the other (FEE-5).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invoice i where i.invoiceNumber = ?1")
	Optional<Invoice> lockByInvoiceNumber(String invoiceNumber);

	List<Invoice> findByApplicationIdOrderById(Long applicationId);

}
