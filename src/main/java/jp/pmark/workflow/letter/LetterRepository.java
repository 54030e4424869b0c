package jp.pmark.workflow.letter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterRepository extends JpaRepository<Letter, Long> {

	List<Letter> findByApplicationIdOrderById(Long applicationId);

	List<Letter> findByCaseNumberOrderById(String caseNumber);

	List<Letter> findByApplicationIdAndKindOrderById(Long applicationId, String kind);

}
