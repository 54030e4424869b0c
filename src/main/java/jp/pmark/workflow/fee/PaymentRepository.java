package jp.pmark.workflow.fee;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

	Optional<Payment> findByInvoiceIdAndReference(Long invoiceId, String reference);

	List<Payment> findByInvoiceId(Long invoiceId);

}
