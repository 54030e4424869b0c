package jp.pmark.workflow.audit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnsiteDiscussionRepository extends JpaRepository<OnsiteDiscussion, Long> {

	Optional<OnsiteDiscussion> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
