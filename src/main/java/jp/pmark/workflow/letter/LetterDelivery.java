package jp.pmark.workflow.letter;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How a letter goes out, and how far it got: mailed (its claim, attempts and the moment
 * the mail server took it) or posted (when, how, by whom). Its state changes only by
 * {@link LetterDeliveryRepository}'s conditional updates, so that two nodes never both
 * send it.
 */
@Entity
@Table(name = "letter_delivery")
public class LetterDelivery {

	/** By mail or on paper. */
	public enum Channel {

		MAIL, POST

	}

	/** Where the letter is on its way. */
	public enum State {

		/** To be mailed. */
		PENDING,
		/** A node is mailing it now. */
		SENDING,
		/** The mail server took it. */
		SENT,
		/** The last attempt failed; it will be tried again. */
		FAILED,
		/** Reception is to print and post it. */
		TO_POST,
		/** Reception posted it. */
		POSTED

	}

	@Id
	@Column(name = "letter_id")
	private Long letterId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private State state;

	@Column(name = "message_id", nullable = false, length = 200)
	private String messageId;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "claimed_at")
	private Instant claimedAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "last_error", length = 1000)
	private String lastError;

	@Column(name = "post_reason", length = 200)
	private String postReason;

	@Column(name = "posted_on")
	private LocalDate postedOn;

	@Column(name = "post_method", length = 40)
	private String postMethod;

	@Column(name = "tracking_number", length = 60)
	private String trackingNumber;

	@Column(name = "posted_by", length = 64)
	private String postedBy;

	protected LetterDelivery() {
	}

	LetterDelivery(Long letterId, Channel channel, String messageId, String postReason) {
		this.letterId = letterId;
		this.channel = channel;
		this.state = (channel == Channel.MAIL) ? State.PENDING : State.TO_POST;
		this.messageId = messageId;
		this.postReason = postReason;
	}

	public Long getLetterId() {
		return this.letterId;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public State getState() {
		return this.state;
	}

	/** The Message-ID every attempt of this letter's mail carries. */
	public String getMessageId() {
		return this.messageId;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	/** Why it goes on paper: the rules, no mail address, or the mail failed. */
	public String getPostReason() {
		return this.postReason;
	}

	public LocalDate getPostedOn() {
		return this.postedOn;
	}

	public String getPostMethod() {
		return this.postMethod;
	}

	public String getTrackingNumber() {
		return this.trackingNumber;
	}

	public String getPostedBy() {
		return this.postedBy;
	}

}
