package jp.pmark.workflow.letter;

/** Recipients outside the case that letters go to. */
public final class Recipients {

	/**
	 * The granting body: decisions are reported to it (JIP-1), 3.1.4 cases transferred
	 * (INT-9).
	 */
	public static final Addressee JIPDEC = Addressee.grantingBody("一般財団法人日本情報経済社会推進協会（JIPDEC）プライバシーマーク推進センター 御中");

	private Recipients() {
	}

}
