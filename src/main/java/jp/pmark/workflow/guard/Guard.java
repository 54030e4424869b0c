package jp.pmark.workflow.guard;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every refusal an input guard can give, with its rule id and its messages. Messages take
 * {@link MessageFormat} arguments; none of them ever repeats an individual number.
 */
public enum Guard {

	CORPORATE_NUMBER_FORMAT("CHG-6", "法人番号は13桁の数字で入力してください。", "A corporate number must be 13 digits."),

	CORPORATE_NUMBER_CHECK_DIGIT("CHG-6", "法人番号のチェックデジット（先頭の1桁）が正しくありません。番号を確認してください。",
			"The check digit (first digit) of the corporate number is wrong. Please check the number."),

	INDIVIDUAL_NUMBER_AS_CORPORATE_NUMBER("CHG-5", "法人番号の欄に12桁の番号は入力できません。個人番号（マイナンバー）を記載することは法律で禁じられています。法人番号は13桁です。",
			"A 12-digit number cannot be entered as a corporate number: recording an individual number (My Number) "
					+ "is prohibited by law. A corporate number has 13 digits."),

	INDIVIDUAL_NUMBER("CHG-5", "個人番号（マイナンバー）と思われる12桁の番号が含まれています。個人番号を記載・保存することは法律（番号法）で禁じられています。削除してください。",
			"This contains what appears to be an individual number (My Number). Recording it is prohibited by law "
					+ "(the My Number Act); please remove it."),

	JIS_UNKNOWN_CHARACTER("INT-11", "「{0}」はJIS第1・第2水準にない文字で、置き換える文字が登録されていません。担当者が置き換える文字を決めてください。",
			"\"{0}\" is not a JIS X 0208 level 1/2 character and has no known replacement. A person must decide how to write it."),

	FILE_TYPE_NOT_ALLOWED("INT-2",
			"ファイル「{0}」は受け付けられない形式です（内容から判定した形式: {1}）。受け付ける形式: PDF、Excel（xlsx・xls）、Word（docx・doc）、PowerPoint（pptx）、テキスト（txt）、JPEG、PNG、圧縮ファイル（zip・7z・lzh・gz・rar）。",
			"The file \"{0}\" is of a type that is not accepted (judged from its content: {1}). Accepted types: "
					+ "PDF, Excel (xlsx, xls), Word (docx, doc), PowerPoint (pptx), text (txt), JPEG, PNG, "
					+ "compressed archives (zip, 7z, lzh, gz, rar)."),

	FILE_TYPE_NAME_MISMATCH("INT-2", "ファイル「{0}」の内容（{1}）が拡張子と一致しません。正しいファイルか確認してください。",
			"The content of the file \"{0}\" ({1}) does not match its extension. Please check the file.");

	private final String ruleId;

	private final String messageJa;

	private final String messageEn;

	Guard(String ruleId, String messageJa, String messageEn) {
		this.ruleId = ruleId;
		this.messageJa = messageJa;
		this.messageEn = messageEn;
	}

	public String ruleId() {
		return this.ruleId;
	}

	/** The refusal of the given field's value, with the message arguments filled in. */
	public RuleViolation violation(String field, Object... arguments) {
		return new RuleViolation(field, this.ruleId, format(this.messageJa, Locale.JAPANESE, arguments),
				format(this.messageEn, Locale.ENGLISH, arguments));
	}

	private static String format(String pattern, Locale locale, Object... arguments) {
		if (arguments.length == 0) {
			return pattern;
		}
		return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
	}

}
