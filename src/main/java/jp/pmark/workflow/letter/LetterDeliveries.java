package jp.pmark.workflow.letter;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends letters on their way (GEN-3), each in its own {@code PmarkLetterDeliveryProcess}
 * started with the letter: mailed as an engine job that the engine retries, or printed
 * and posted by reception when the rules want paper, the addressee has no mail address,
 * or the mail kept failing (then also an incident in Cockpit).
 * <p>
 * Never twice: each attempt first claims the letter's delivery row by a conditional
 * update committed on its own, and records the mail server's acceptance the same way. A
 * second node, or the job run again after a restart, finds the letter sent (or being
 * sent) and does not send it. Only a node that stops between the mail server's acceptance
 * and that record (a moment) leaves a claim that is taken over after
 * {@link #STALE_CLAIM}, and that letter is mailed again with the same Message-ID.
 */
@Component("letterDeliveries")
public class LetterDeliveries {

	/** How long a claim holds before another attempt may take it over. */
	static final Duration STALE_CLAIM = Duration.ofMinutes(10);

	private final LetterRepository letters;

	private final LetterDeliveryRepository deliveries;

	private final LetterPdfRepository pdfs;

	private final LetterRenderer renderer;

	private final LetterMailer mailer;

	private final LetterProperties properties;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	private final TransactionTemplate ownTransaction;

	LetterDeliveries(LetterRepository letters, LetterDeliveryRepository deliveries, LetterPdfRepository pdfs,
			LetterRenderer renderer, LetterMailer mailer, LetterProperties properties, RuntimeService runtimeService,
			EngineCalls engineCalls, PlatformTransactionManager transactions) {
		this.letters = letters;
		this.deliveries = deliveries;
		this.pdfs = pdfs;
		this.renderer = renderer;
		this.mailer = mailer;
		this.properties = properties;
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

	/**
	 * メールで送る ({@code Task_MailLetter}, an engine job): renders the PDF if not yet kept,
	 * then mails the letter once. A failed attempt is retried by the engine; after
	 * {@code pmark.letters.mail.attempts} failed attempts the letter goes to reception to
	 * be posted (BPMN error {@code LetterNotMailed}).
	 */
	public void mail(long letterId) {
		Letter letter = this.letters.findById(letterId).orElseThrow();
		LetterPdf pdf = pdf(letter);
		// read on its own: an entity read in the job's transaction would stay cached
		// there, and handOverToPost (the same transaction, after the last attempt) would
		// read the attempts and error from before this attempt
		LetterDelivery delivery = this.ownTransaction
			.execute((status) -> this.deliveries.findById(letterId).orElseThrow());
		Instant now = Instant.now();
		boolean claimed = this.ownTransaction
			.execute((status) -> this.deliveries.claim(letterId, now, now.minus(STALE_CLAIM)) == 1);
		if (!claimed) {
			LetterDelivery current = this.ownTransaction
				.execute((status) -> this.deliveries.findById(letterId).orElseThrow());
			if (current.getState() == LetterDelivery.State.SENDING) {
				// another node holds it now: this job looks again later, and finds it
				// sent
				throw new IllegalStateException("letter " + letterId + " is being mailed by another node");
			}
			return;
		}
		try {
			this.mailer.send(letter, delivery.getMessageId(), pdf.getContent(), fileName(letter));
		}
		catch (RuntimeException ex) {
			String error = LetterMailer.describe(ex);
			int attempts = this.ownTransaction.execute((status) -> {
				this.deliveries.failed(letterId, error);
				return this.deliveries.findById(letterId).orElseThrow().getAttempts();
			});
			if (attempts >= this.properties.mail().attempts()) {
				throw new BpmnError(LetterDeliveryProcess.ERROR_NOT_MAILED, error);
			}
			throw ex;
		}
		this.ownTransaction.executeWithoutResult((status) -> this.deliveries.sent(letterId, Instant.now()));
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
	 * The letter's PDF as it goes out: the one kept, or rendered now and kept (by whoever
	 * renders it first; it never changes after).
	 */
	LetterPdf pdf(Letter letter) {
		Optional<LetterPdf> kept = this.pdfs.findById(letter.getId());
		if (kept.isPresent()) {
			return kept.get();
		}
		LetterRenderer.Rendered rendered = rendered(letter);
		try {
			return this.ownTransaction
				.execute((status) -> this.pdfs.saveAndFlush(new LetterPdf(letter.getId(), rendered)));
		}
		catch (DataIntegrityViolationException ex) {
			// rendered at the same time elsewhere: the first one kept is the letter's
			return this.pdfs.findById(letter.getId()).orElseThrow(() -> ex);
		}
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
