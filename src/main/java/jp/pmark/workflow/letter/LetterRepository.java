package jp.pmark.workflow.letter;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LetterRepository extends JpaRepository<Letter, Long> {

	List<Letter> findByApplicationIdOrderById(Long applicationId);

	List<Letter> findByCaseNumberOrderById(String caseNumber);

	List<Letter> findByApplicationIdAndKindOrderById(Long applicationId, String kind);

	/** The letters of cases, by their numbers (business keys), oldest first. */
	@Query("select l from Letter l where l.caseKey in :keys order by l.id")
	List<Letter> findByCaseKeys(Collection<String> keys);

}
