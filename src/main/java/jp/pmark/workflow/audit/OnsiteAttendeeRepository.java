package jp.pmark.workflow.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnsiteAttendeeRepository extends JpaRepository<OnsiteAttendee, Long> {

	List<OnsiteAttendee> findByOnsiteAuditIdOrderById(Long onsiteAuditId);

}
