package jp.pmark.workflow.letter;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GEN-3: how the body's letters look and go out ({@code pmark.letters} in
 * application.yaml).
 *
 * @param sender the body as its letterhead shows it
 * @param mail how letters are mailed
 * @param onPaper the letter kinds the rules require on paper (documents returned with
 * them): a reception task to print and post, never a mail
 * @param notSent the letter kinds that are a record only (the report to JIPDEC goes
 * through its API): kept and downloadable, never sent
 * @param grantingBodyEmail where letters to the granting body (JIPDEC) are mailed; none:
 * by post
 */
@ConfigurationProperties("pmark.letters")
public record LetterProperties(Sender sender, Mail mail, @DefaultValue List<String> onPaper,
		@DefaultValue List<String> notSent, String grantingBodyEmail) {

	/**
	 * The body, as its letters name it.
	 *
	 * @param name the body's name, e.g. 一般社団法人○○プライバシーマーク審査センター
	 * @param department the office that sends the letters
	 * @param postalCode 〒 without the mark, e.g. 100-0001
	 * @param address the body's address
	 * @param phone its telephone number
	 * @param email its reply address for applicants
	 * @param signatory who signs, e.g. 審査センター長 山本 一郎
	 * @param invoiceRegistrationNumber 適格請求書発行事業者登録番号: T and 13 digits
	 * @param payee the account invoices are paid to, one line
	 * @param letterNumberPrefix the prefix of the letters' numbers, e.g. PM審
	 * @param sealLine the seal line under the signatory, e.g. （公印省略）
	 */
	public record Sender(String name, String department, String postalCode, String address, String phone, String email,
			String signatory, String invoiceRegistrationNumber, String payee,
			@DefaultValue("PM審") String letterNumberPrefix, @DefaultValue("（公印省略）") String sealLine) {
	}

	/**
	 * How letters are mailed.
	 *
	 * @param transport {@code smtp} (Spring Mail's {@code spring.mail.*}) or
	 * {@code pickup}: each mail written as an .eml file into {@code pickupDirectory}, for
	 * a mail server that picks them up (the embedded demo, which has no mail server)
	 * @param pickupDirectory where {@code pickup} writes
	 * @param from the sender's address
	 * @param messageIdDomain the domain of the letters' Message-IDs
	 * @param attempts how often a mail is tried before reception posts the letter
	 */
	public record Mail(@DefaultValue("smtp") String transport, @DefaultValue("./data/outbox") String pickupDirectory,
			String from, @DefaultValue("pmark.invalid") String messageIdDomain, @DefaultValue("5") int attempts) {
	}

}
