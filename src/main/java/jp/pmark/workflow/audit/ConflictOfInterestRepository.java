package jp.pmark.workflow.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictOfInterestRepository extends JpaRepository<ConflictOfInterest, Long> {

	List<ConflictOfInterest> findByAuditorId(Long auditorId);

}
