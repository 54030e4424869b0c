package jp.pmark.workflow.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends letters on their way (GEN-3), each in its own {@code PmarkLetterDeliveryProcess}
 * started with the letter: mailed as an engine job that the engine retries, or printed
 * and posted by reception when the rules want paper, the addressee has no mail address,
 * or the mail kept failing (then also an incident in Cockpit).
 * <p>
 * Never twice: an attempt claims the letter's delivery row by a conditional update and
 * records the mail server's acceptance in the same transaction, which holds the row's
 * lock until it commits; a second node, or the job run again after a restart, waits for
 * it and finds the letter sent. Only a node that stops between the mail server's
 * acceptance and that commit (a moment) leaves the letter unsent in the database, and the
 * engine's retry mails it again with the same Message-ID. No attempt needs a second
 * database connection while it holds one (a pool of n connections never waits on itself).
 */
@Component("letterDeliveries")
public class LetterDeliveries {

	private final LetterRepository letters;

	private final LetterDeliveryRepository deliveries;

	private final LetterPdfRepository pdfs;

	private final LetterRenderer renderer;

	private final LetterMailer mailer;

	private final LetterProperties properties;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	LetterDeliveries(LetterRepository letters, LetterDeliveryRepository deliveries, LetterPdfRepository pdfs,
			LetterRenderer renderer, LetterMailer mailer, LetterProperties properties, RuntimeService runtimeService,
			EngineCalls engineCalls) {
		this.letters = letters;
		this.deliveries = deliveries;
		this.pdfs = pdfs;
		this.renderer = renderer;
		this.mailer = mailer;
		this.properties = properties;
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
	}

	/**
	 * A letter was recorded: decide how it goes and start its delivery, unless its kind
	 * is a record only.
	 */
	void open(Letter letter) {
		if (this.properties.notSent().contains(letter.getKind())) {
			return;
		}
		String postReason = this.properties.onPaper().contains(letter.getKind()) ? "書類の返却等、紙で送付する文書"
				: (letter.getEmailTo() == null) ? "送付先のメールアドレスが登録されていない" : null;
		LetterDelivery.Channel channel = (postReason != null) ? LetterDelivery.Channel.POST
				: LetterDelivery.Channel.MAIL;
		String messageId = "<letter-" + letter.getId() + "." + letter.getCreatedAt().toEpochMilli() + "@"
				+ this.properties.mail().messageIdDomain() + ">";
		this.deliveries.save(new LetterDelivery(letter.getId(), channel, messageId, postReason));
		String businessKey = (letter.getCaseKey() != null) ? letter.getCaseKey() : "LETTER-" + letter.getId();
		this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.startProcessInstanceByKey(LetterDeliveryProcess.KEY,
				businessKey, Map.of(LetterDeliveryProcess.VAR_LETTER_ID, letter.getId(),
						LetterDeliveryProcess.VAR_BY_POST, channel == LetterDelivery.Channel.POST)));
	}

	/** The letter went out (or had gone out before). */
	public static final String SENT = "SENT";

	/** The mail server did not take it; the process tries again after a while. */
	public static final String RETRY = "RETRY";

	/** The mail server did not take it, {@code pmark.letters.mail.attempts} times. */
	public static final String GIVE_UP = "GIVE_UP";

	/**
	 * メールで送る ({@code Task_MailLetter}, an engine job): renders and keeps the PDF, claims
	 * the letter's delivery, mails it and records the outcome, all in the job's
	 * transaction, which holds the delivery row's lock until the record is committed: a
	 * second run (another node, a restart) waits for it and finds the letter sent. A
	 * failed attempt is recorded (attempts, error) and its outcome routes the process:
	 * try again after a while, or hand the letter to reception.
	 * @return {@link #SENT}, {@link #RETRY} or {@link #GIVE_UP}
	 */
	@Transactional
	public String mail(long letterId) {
		Letter letter = this.letters.findById(letterId).orElseThrow();
		LetterPdf pdf = pdf(letter);
		if (this.deliveries.claim(letterId, Instant.now()) != 1) {
			// sent before (or handed to reception): nothing to send
			return SENT;
		}
		LetterDelivery delivery = this.deliveries.findById(letterId).orElseThrow();
		try {
			this.mailer.send(letter, delivery.getMessageId(), pdf.getContent(), fileName(letter));
		}
		catch (RuntimeException ex) {
			this.deliveries.failed(letterId, LetterMailer.describe(ex));
			return (delivery.getAttempts() >= this.properties.mail().attempts()) ? GIVE_UP : RETRY;
		}
		this.deliveries.sent(letterId, Instant.now());
		return SENT;
	}

	/**
	 * 郵送に回す ({@code Task_HandOverToPost}): the mail kept failing; reception posts the
	 * letter, and Cockpit shows an incident until it has.
	 */
	@Transactional
	public void handOverToPost(DelegateExecution execution) {
		long letterId = ((Number) execution.getVariable(LetterDeliveryProcess.VAR_LETTER_ID)).longValue();
		LetterDelivery delivery = this.deliveries.findById(letterId).orElseThrow();
		this.deliveries.toPost(letterId, "メールの送信に失敗した（" + delivery.getAttempts() + "回）");
		this.runtimeService.createIncident(LetterDeliveryProcess.INCIDENT_NOT_MAILED, execution.getId(),
				"letter " + letterId, "文書 " + this.renderer.number(letterId) + " をメールで送れませんでした（"
						+ delivery.getAttempts() + "回）。受付担当が郵送します。最後のエラー：" + delivery.getLastError());
	}

	/**
	 * Reception posted the letter (its task's form): the PDF printed is kept from now on.
	 */
	@Transactional
	public void posted(long letterId, LocalDate postedOn, String method, String trackingNumber, String by) {
		if (this.deliveries.posted(letterId, postedOn, method, trackingNumber, by) != 1) {
			throw new IllegalStateException("letter " + letterId + " has no delivery");
		}
		pdf(this.letters.findById(letterId).orElseThrow());
	}

	/** How far a letter got, in a few words for staff. */
	static String describe(LetterDelivery delivery) {
		return switch (delivery.getState()) {
			case PENDING -> "メール送信待ち";
			case SENDING -> "メール送信中";
			case SENT -> "メール送信済み";
			case FAILED -> "メール送信を再試行中（" + delivery.getAttempts() + "回失敗）";
			case TO_POST -> "郵送待ち（" + delivery.getPostReason() + "）";
			case POSTED -> "郵送済み（" + delivery.getPostedOn() + "、" + delivery.getPostMethod() + "）";
		};
	}

	public Optional<LetterDelivery> delivery(long letterId) {
		return this.deliveries.findById(letterId);
	}

	/**
	 * The letter's PDF to read: the one kept once it went out, else rendered now and not
	 * kept (opening a letter stores nothing). A letter renders to the same bytes each
	 * time while its template is unchanged ({@link LetterRenderer}).
	 */
	byte[] pdfToRead(Letter letter) {
		return this.pdfs.findById(letter.getId()).map(LetterPdf::getContent).orElseGet(() -> rendered(letter).pdf());
	}

	/**
	 * The letter's PDF as it goes out: the one kept, or rendered now and kept in the
	 * caller's transaction (never changed after; a second one for the letter is refused
	 * by the table's key).
	 */
	LetterPdf pdf(Letter letter) {
		return this.pdfs.findById(letter.getId())
			.orElseGet(() -> this.pdfs.saveAndFlush(new LetterPdf(letter.getId(), rendered(letter))));
	}

	private LetterRenderer.Rendered rendered(Letter letter) {
		Letter replaced = (letter.getReplacesLetterId() != null)
				? this.letters.findById(letter.getReplacesLetterId()).orElse(null) : null;
		return this.renderer.render(letter, LetterJson.read(letter), replaced);
	}

	/** The name the PDF goes by: its case, its number and its kind. */
	String fileName(Letter letter) {
		return ((letter.getCaseKey() != null) ? letter.getCaseKey() + "_" : "") + "letter-" + letter.getId() + "_"
				+ LetterRenderer.templateOf(letter.getKind()) + ".pdf";
	}

}
