package jp.pmark.workflow.common;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NumberSequenceRepository extends JpaRepository<NumberSequence, NumberSequence.Key> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from NumberSequence s where s.key = ?1")
	Optional<NumberSequence> lockByKey(NumberSequence.Key key);

}
