package jp.pmark.workflow.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NonconformityRepository extends JpaRepository<Nonconformity, Long> {

	List<Nonconformity> findByFindingsDocumentIdOrderBySeq(Long findingsDocumentId);

}
