package jp.pmark.workflow.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.guard.JapaneseDates;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Renders a letter as an A4 PDF in Japanese: its kind's template in {@code letters/}
 * (Thymeleaf, one file per kind, e.g. {@code letters/acceptance-notice.html}, sharing
 * {@code letters/layout.html}) makes XHTML from the letter's record and the body's
 * letterhead; openhtmltopdf makes the PDF, with subsets of the IPAex fonts in
 * {@code letters/fonts/} embedded. A kind without a template, or a template that fails,
 * is an exception: {@code LetterTemplatesTest} renders every kind.
 */
@Component
public class LetterRenderer {

	/** Where the templates and fonts lie on the classpath (the top-level letters/). */
	static final String FOLDER = "letters/";

	private final TemplateEngine templates = new TemplateEngine();

	private final LetterProperties properties;

	private final JapaneseBusinessCalendar calendar;

	private final byte[] mincho;

	private final byte[] gothic;

	LetterRenderer(LetterProperties properties, JapaneseBusinessCalendar calendar) {
		this.properties = properties;
		this.calendar = calendar;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(LetterRenderer.class.getClassLoader());
		resolver.setPrefix(FOLDER);
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		this.templates.setTemplateResolver(resolver);
		this.mincho = font("ipaexm.ttf");
		this.gothic = font("ipaexg.ttf");
	}

	/** A rendered letter. */
	public record Rendered(byte[] pdf, String sha256, String template, int pages) {
	}

	/** The template file of a kind: {@code ACCEPTANCE_NOTICE} → acceptance-notice. */
	public static String templateOf(String kind) {
		return kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The letter's number as it is printed, e.g. PM審第97号. */
	public String number(long letterId) {
		return this.properties.sender().letterNumberPrefix() + "第" + letterId + "号";
	}

	/** The letter's date: the day it was recorded, in the body's zone. */
	public LocalDate dateOf(Letter letter) {
		return LocalDate.ofInstant(letter.getCreatedAt(), this.calendar.zone());
	}

	/**
	 * The letter as XHTML, as its template makes it.
	 * @param replaced the letter it corrects, or null
	 */
	public String html(Letter letter, Map<String, Object> contents, Letter replaced) {
		Context context = new Context(java.util.Locale.JAPAN);
		LocalDate date = dateOf(letter);
		Map<String, Object> items = new LinkedHashMap<>(contents);
		Object body = items.remove("本文");
		context.setVariable("letter", letter);
		context.setVariable("number", (letter.getId() != null) ? number(letter.getId()) : "");
		context.setVariable("dateInEra", JapaneseDates.inEra(date));
		context.setVariable("date", JapaneseDates.show(date));
		context.setVariable("to", List.of(letter.getRecipient().split("\n")));
		context.setVariable("body", body);
		context.setVariable("items", items);
		context.setVariable("c", contents);
		context.setVariable("sender", this.properties.sender());
		context.setVariable("fmt", new LetterFormats());
		if (replaced != null) {
			LocalDate replacedOn = dateOf(replaced);
			context.setVariable("replaces", Map.of("number", number(replaced.getId()), "date",
					JapaneseDates.inEra(replacedOn), "reason", String.valueOf(letter.getCorrectionReason())));
		}
		return this.templates.process(templateOf(letter.getKind()), context);
	}

	/** The letter as a PDF. */
	public Rendered render(Letter letter, Map<String, Object> contents, Letter replaced) {
		String template = templateOf(letter.getKind());
		String html = html(letter, contents, replaced);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		int pages;
		try (PDDocument document = new PDDocument();
				TrueTypeFont mincho = ideographsFirst(this.mincho);
				TrueTypeFont gothic = ideographsFirst(this.gothic)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.withHtmlContent(html, null);
			builder.useFont(new PDFontSupplier(load(document, mincho)), "IPAexMincho");
			builder.useFont(new PDFontSupplier(load(document, gothic)), "IPAexGothic");
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				pages = document.getNumberOfPages();
				sameBytesEachTime(document, letter);
				document.save(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("letter " + letter.getId() + " (" + template + ") cannot be rendered", ex);
		}
		byte[] pdf = out.toByteArray();
		return new Rendered(pdf, sha256(pdf), template, pages);
	}

	/**
	 * The letter renders to the same bytes each time: its dates are the letter's, its
	 * file identifier is the letter's number (PDFBox would make both from the clock).
	 */
	private void sameBytesEachTime(PDDocument document, Letter letter) {
		java.util.Calendar created = java.util.Calendar
			.getInstance(java.util.TimeZone.getTimeZone(this.calendar.zone()));
		created.setTimeInMillis(letter.getCreatedAt().toEpochMilli());
		document.getDocumentInformation().setCreationDate(created);
		document.getDocumentInformation().setModificationDate(created);
		byte[] id = sha256(
				(letter.getId() + "/" + letter.getCreatedAt()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.substring(0, 32)
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
		ids.add(new org.apache.pdfbox.cos.COSString(id));
		ids.add(new org.apache.pdfbox.cos.COSString(id));
		document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
	}

	/**
	 * The font, its subset embedded in the letter. Its characters copied or searched in
	 * the PDF are the ones written: where the font draws an ideograph and a radical with
	 * the same glyph (日 and ⽇, U+65E5 and U+2F47), the PDF's text map would name the
	 * radical (PDFBox names a glyph by its lowest code point), so the font's reverse map
	 * of shared glyphs leaves the radicals out ({@link #ideographsFirst}).
	 */
	private static PDFont load(PDDocument document, TrueTypeFont font) {
		try {
			return PDType0Font.load(document, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** CJK radicals (U+2E80..U+2FDF), which share their glyphs with ideographs. */
	private static boolean radical(int codePoint) {
		return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
	}

	/**
	 * The font, parsed, with the radicals left out of its glyph-to-character map wherever
	 * a glyph has another character (the map drawing text uses is untouched).
	 * <p>
	 * Why reflection: fontbox's {@code CmapSubtable} has no public way to choose which of
	 * a glyph's characters names it; {@code LetterTemplatesTest} fails if this stops
	 * working.
	 */
	static TrueTypeFont ideographsFirst(byte[] bytes) throws IOException {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
		try {
			java.lang.reflect.Field shared = CmapSubtable.class.getDeclaredField("glyphIdToCharacterCodeMultiple");
			shared.setAccessible(true);
			for (CmapSubtable table : font.getCmap().getCmaps()) {
				@SuppressWarnings("unchecked")
				Map<Integer, List<Integer>> codes = (Map<Integer, List<Integer>>) shared.get(table);
				codes.values().forEach((list) -> {
					if (list.stream().anyMatch((code) -> !radical(code))) {
						list.removeIf(LetterRenderer::radical);
					}
				});
			}
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("fontbox changed: " + ex, ex);
		}
		return font;
	}

	private static byte[] font(String name) {
		try (InputStream in = LetterRenderer.class.getClassLoader().getResourceAsStream(FOLDER + "fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font " + FOLDER + "fonts/" + name + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
