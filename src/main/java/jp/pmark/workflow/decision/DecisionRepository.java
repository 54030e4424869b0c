package jp.pmark.workflow.decision;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	Optional<Decision> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
