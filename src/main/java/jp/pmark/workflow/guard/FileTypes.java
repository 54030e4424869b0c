package jp.pmark.workflow.guard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * INT-2: an online submission accepts pdf, xlsx, xls, docx, doc, pptx, txt, jpeg, png and
 * compressed archives. The type is judged by Apache Tika from the content alone (given
 * the name, Tika would believe the name); the extension, when there is one, must agree.
 */
public final class FileTypes {

	/** Accepted media types and the extensions that may carry them. */
	private static final Map<String, Set<String>> ACCEPTED = Map.ofEntries(Map.entry("application/pdf", Set.of("pdf")),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
			Map.entry("application/vnd.ms-excel", Set.of("xls")),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
			Map.entry("application/msword", Set.of("doc")),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
			Map.entry("text/plain", Set.of("txt", "text", "csv")), Map.entry("image/jpeg", Set.of("jpg", "jpeg")),
			Map.entry("image/png", Set.of("png")), Map.entry("application/zip", Set.of("zip")),
			Map.entry("application/x-7z-compressed", Set.of("7z")),
			Map.entry("application/x-lharc", Set.of("lzh", "lha")),
			Map.entry("application/x-lzh-compressed", Set.of("lzh", "lha")),
			Map.entry("application/gzip", Set.of("gz", "tgz")),
			Map.entry("application/x-rar-compressed", Set.of("rar")), Map.entry("application/vnd.rar", Set.of("rar")));

	private static final List<Charset> JAPANESE_TEXT_ENCODINGS = List.of(Charset.forName("windows-31j"),
			Charset.forName("EUC-JP"));

	private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

	private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private FileTypes() {
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		if (content == null || content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The media type of the content, judged from the bytes alone, without parameters.
	 */
	public static String detect(byte[] content) {
		// the commonest uploads by their unambiguous signatures, without running every
		// magic pattern Tika knows (a tenth of an intake's time went there)
		if (startsWith(content, PDF)) {
			return "application/pdf";
		}
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			MediaType type = DETECTOR.detect(stream, new Metadata()).getBaseType();
			if (MediaType.OCTET_STREAM.equals(type) && isJapaneseText(content)) {
				// Tika takes Shift_JIS and EUC-JP text for binary data
				return MediaType.TEXT_PLAIN.toString();
			}
			return type.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * True when the bytes decode without error in one of the encodings Japanese text
	 * files come in, and hold no control characters but tabs, line and page breaks.
	 */
	static boolean isJapaneseText(byte[] content) {
		for (Charset charset : JAPANESE_TEXT_ENCODINGS) {
			CharsetDecoder decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			try {
				CharBuffer text = decoder.decode(ByteBuffer.wrap(content));
				if (text.chars().noneMatch(FileTypes::isBinaryControl)) {
					return true;
				}
			}
			catch (CharacterCodingException ex) {
				// not this encoding
			}
		}
		return false;
	}

	private static boolean isBinaryControl(int c) {
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
	}

	/**
	 * Checks an uploaded file.
	 * @param field the request field the file came in
	 * @param fileName the name the applicant gave it
	 * @param content its bytes
	 * @return the refusal, if any
	 */
	public static Optional<RuleViolation> check(String field, String fileName, byte[] content) {
		String type = detect(content);
		Set<String> extensions = ACCEPTED.get(type);
		String shownName = (fileName == null || fileName.isBlank()) ? "(名前なし)" : fileName;
		if (extensions == null) {
			return Optional.of(Guard.FILE_TYPE_NOT_ALLOWED.violation(field, shownName, type));
		}
		String extension = extension(fileName);
		if (extension != null && !extensions.contains(extension)) {
			return Optional.of(Guard.FILE_TYPE_NAME_MISMATCH.violation(field, shownName, type));
		}
		return Optional.empty();
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return null;
		}
		int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
		int dot = fileName.lastIndexOf('.');
		if (dot <= slash + 1 || dot == fileName.length() - 1) {
			return null;
		}
		return fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
