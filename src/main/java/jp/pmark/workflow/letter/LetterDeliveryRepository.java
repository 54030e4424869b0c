package jp.pmark.workflow.letter;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The deliveries' state changes: each a conditional update that says whether it took
 * place, so that only one node ever holds a letter's sending (the row's lock, until the
 * transaction that claimed it ends).
 */
interface LetterDeliveryRepository extends JpaRepository<LetterDelivery, Long> {

	/**
	 * Claims the sending of a letter not yet sent (pending, or failed before), in the
	 * caller's transaction: the row stays locked until it ends, so a second claim waits
	 * and then finds the letter sent.
	 * @return 1 when this caller holds the sending now, 0 when it was sent (or posted)
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update LetterDelivery d set d.state = jp.pmark.workflow.letter.LetterDelivery.State.SENDING,"
			+ " d.attempts = d.attempts + 1, d.claimedAt = :now where d.letterId = :letterId and d.state in"
			+ " (jp.pmark.workflow.letter.LetterDelivery.State.PENDING, jp.pmark.workflow.letter.LetterDelivery.State.FAILED)")
	int claim(Long letterId, Instant now);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update LetterDelivery d set d.state = jp.pmark.workflow.letter.LetterDelivery.State.SENT, d.sentAt = :now,"
			+ " d.lastError = null where d.letterId = :letterId"
			+ " and d.state = jp.pmark.workflow.letter.LetterDelivery.State.SENDING")
	int sent(Long letterId, Instant now);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update LetterDelivery d set d.state = jp.pmark.workflow.letter.LetterDelivery.State.FAILED,"
			+ " d.lastError = :error where d.letterId = :letterId"
			+ " and d.state = jp.pmark.workflow.letter.LetterDelivery.State.SENDING")
	int failed(Long letterId, String error);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update LetterDelivery d set d.state = jp.pmark.workflow.letter.LetterDelivery.State.TO_POST,"
			+ " d.postReason = :reason where d.letterId = :letterId"
			+ " and d.state <> jp.pmark.workflow.letter.LetterDelivery.State.SENT")
	int toPost(Long letterId, String reason);

	/**
	 * Reception posted the letter: a fact, recorded whatever the state (a letter posted
	 * again, after a manager moved its case back to the post task, keeps the latest).
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update LetterDelivery d set d.state = jp.pmark.workflow.letter.LetterDelivery.State.POSTED,"
			+ " d.postedOn = :postedOn, d.postMethod = :method, d.trackingNumber = :tracking, d.postedBy = :by"
			+ " where d.letterId = :letterId")
	int posted(Long letterId, LocalDate postedOn, String method, String tracking, String by);

}
