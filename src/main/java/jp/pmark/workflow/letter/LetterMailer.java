package jp.pmark.workflow.letter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails a letter: a Japanese cover text, the PDF attached, and the letter's own
 * Message-ID on every attempt. Through SMTP (Spring Mail, {@code spring.mail.*}), or, for
 * an installation without a mail server (the embedded demo), written as an .eml file into
 * a pickup directory ({@code pmark.letters.mail.transport: pickup}).
 */
@Component
class LetterMailer {

	private final LetterProperties properties;

	private final ObjectProvider<JavaMailSender> smtp;

	LetterMailer(LetterProperties properties, ObjectProvider<JavaMailSender> smtp) {
		this.properties = properties;
		this.smtp = smtp;
	}

	/** Sends the mail; an exception when the mail server did not take it. */
	void send(Letter letter, String messageId, byte[] pdf, String fileName) {
		MimeMessage message = message(letter, messageId, pdf, fileName);
		if ("pickup".equals(this.properties.mail().transport())) {
			pickUp(message, letter);
			return;
		}
		JavaMailSender sender = this.smtp.getIfAvailable();
		if (sender == null) {
			throw new MailPreparationException("no mail server configured (spring.mail.host)");
		}
		sender.send(message);
	}

	MimeMessage message(Letter letter, String messageId, byte[] pdf, String fileName) {
		try {
			MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), messageId);
			MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
			LetterProperties.Sender sender = this.properties.sender();
			mail.setFrom(this.properties.mail().from(), sender.name());
			if (sender.email() != null) {
				mail.setReplyTo(sender.email());
			}
			mail.setTo(letter.getEmailTo());
			mail.setSubject("【" + sender.name() + "】" + letter.getTitle()
					+ ((letter.getCaseKey() != null) ? "（" + letter.getCaseKey() + "）" : ""));
			mail.setSentDate(new Date());
			mail.setText(coverText(letter, fileName));
			mail.addAttachment(fileName, new ByteArrayResource(pdf), "application/pdf");
			message.saveChanges();
			return message;
		}
		catch (MessagingException | java.io.UnsupportedEncodingException ex) {
			throw new MailPreparationException("letter " + letter.getId() + " cannot be written as a mail", ex);
		}
	}

	/** The cover text: to whom, what is attached, who sends it. */
	String coverText(Letter letter, String fileName) {
		LetterProperties.Sender sender = this.properties.sender();
		String[] lines = letter.getRecipient().split("\n");
		StringBuilder text = new StringBuilder();
		for (int i = 1; i < lines.length; i++) {
			text.append(lines[i]).append('\n');
		}
		text.append('\n')
			.append("平素よりプライバシーマーク制度の運営にご理解とご協力を賜り、誠にありがとうございます。\n")
			.append(sender.name())
			.append("です。\n\n")
			.append("「")
			.append(letter.getTitle())
			.append("」をお送りいたします。添付のPDFファイル（")
			.append(fileName)
			.append("）をご確認ください。\n");
		if (letter.getReplacesLetterId() != null) {
			text.append("本書は先にお送りした文書を訂正するものです。訂正の理由は文書に記載しています。\n");
		}
		text.append("本書は郵送いたしませんので、大切に保管してください。\n\n")
			.append("ご不明な点は、下記までお問い合わせください（このメールへの返信でも承ります）。\n\n")
			.append("──────────────────\n")
			.append(sender.name())
			.append('\n');
		if (sender.department() != null) {
			text.append(sender.department()).append('\n');
		}
		text.append("〒").append(sender.postalCode()).append(' ').append(sender.address()).append('\n');
		if (sender.phone() != null) {
			text.append("TEL ").append(sender.phone()).append('\n');
		}
		if (sender.email() != null) {
			text.append(sender.email()).append('\n');
		}
		return text.toString();
	}

	private void pickUp(MimeMessage message, Letter letter) {
		try {
			Path directory = Path.of(this.properties.mail().pickupDirectory());
			Files.createDirectories(directory);
			Path partial = Files.createTempFile(directory, "letter-" + letter.getId() + "-", ".tmp");
			try (OutputStream out = Files.newOutputStream(partial)) {
				message.writeTo(out);
			}
			Files.move(partial, directory.resolve("letter-" + letter.getId() + ".eml"),
					StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("letter " + letter.getId() + " cannot be written", ex);
		}
	}

	/** A mail whose Message-ID is the letter's, whatever JavaMail would make. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

	/** A failed send, as the letter's delivery records it. */
	static String describe(RuntimeException ex) {
		String message = (ex instanceof MailException && ex.getCause() != null) ? ex.getCause().toString()
				: ex.toString();
		return (message.length() > 1000) ? message.substring(0, 1000) : message;
	}

}
