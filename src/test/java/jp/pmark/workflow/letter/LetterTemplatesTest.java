package jp.pmark.workflow.letter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.calendar.CalendarProperties;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GEN-3: every letter kind the processes record renders from its template in
 * {@code letters/} to an A4 Japanese PDF that shows the letterhead, number, date in 令和
 * and 西暦, addressee, title and every item of a realistic sample
 * ({@code src/test/resources/letters/samples.json}, shaped as the features' letter
 * builders shape them). Page 1 (and 2) of each is kept as a PNG in
 * {@code target/letters/} for a person to look at; the README's pictures are made from
 * the same samples ({@code target/letters/docs/}). Plain JUnit: no Spring.
 */
class LetterTemplatesTest {

	/** The day every sample letter is dated: 令和8年11月23日. */
	private static final ZonedDateTime LETTER_DATE = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0,
			ZoneId.of("Asia/Tokyo"));

	private static final long LETTER_ID = 27;

	private static final LetterProperties.Sender SENDER = new LetterProperties.Sender("一般社団法人デモプライバシー審査センター", "審査部",
			"100-0005", "東京都千代田区丸の内9-9-9 デモビル5階", "03-0000-0000", "shinsa@pmark-demo.invalid", "審査センター長　山本　一郎",
			"T8701000012345", "デモ銀行 丸の内支店 普通預金 1234567 シヤ）デモプライバシーシンサセンター", "PM審", "（公印省略）");

	private static final Path OUT = Path.of("target", "letters");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final LetterFormats FMT = new LetterFormats();

	private static LetterRenderer renderer;

	private static Map<String, Map<String, Object>> samples;

	@BeforeAll
	static void setUp() throws IOException {
		LetterProperties properties = new LetterProperties(SENDER,
				new LetterProperties.Mail("pickup", "target/outbox", "shinsa@pmark-demo.invalid", "pmark.invalid", 5),
				List.of(), List.of(), null);
		renderer = new LetterRenderer(properties,
				new JapaneseBusinessCalendar(new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of("12-29..01-03"))));
		try (InputStream in = LetterTemplatesTest.class.getClassLoader().getResourceAsStream("letters/samples.json")) {
			assertThat(in).as("src/test/resources/letters/samples.json").isNotNull();
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> read = JSON.readValue(in, LinkedHashMap.class);
			samples = read;
		}
		Files.createDirectories(OUT.resolve("docs"));
	}

	static Stream<String> kinds() throws IOException {
		return recordedKinds().stream();
	}

	@ParameterizedTest(name = "GEN-3 {0}: letterhead, number, 令和 and 西暦 date, addressee, title and every item")
	@MethodSource("kinds")
	void everyKindShowsItsSample(String kind) throws IOException {
		Sample sample = sample(kind);
		LetterRenderer.Rendered rendered = renderer.render(sample.letter(), sample.contents(), null);
		assertThat(rendered.template()).isEqualTo(LetterRenderer.templateOf(kind));
		try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
			keep(pdf, rendered.template(), 100, OUT);
			assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages()).isBetween(1, 3);
			for (PDPage page : pdf.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
						org.assertj.core.data.Offset.offset(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
						org.assertj.core.data.Offset.offset(1f));
			}
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String footer = compact(page + "/" + pdf.getNumberOfPages() + "PM2026-0009PM審第27号");
				assertThat(compact(stripper.getText(pdf)).replace(footer, ""))
					.as("page %d of %s is not blank", page, kind)
					.isNotBlank();
			}
			String text = compact(new PDFTextStripper().getText(pdf));
			for (String line : sample.letter().getRecipient().split("\n")) {
				assertThat(text).as("addressee line").contains(compact(line));
			}
			assertThat(text).as("title").contains(compact(sample.title()));
			assertThat(text).as("letter number").contains(compact("PM審第27号"));
			assertThat(text).as("date in 令和").contains(compact("令和8年11月23日"));
			assertThat(text).as("date in 西暦").contains(compact("2026年11月23日"));
			assertThat(text).as("letterhead")
				.contains(compact(SENDER.name()), compact(SENDER.department()), "〒100-0005", compact(SENDER.address()),
						compact(SENDER.signatory()), compact(SENDER.sealLine()));
			for (String value : shownValues(sample.contents())) {
				assertThat(text).as("an item of %s", kind).contains(compact(value));
			}
			assertEmbeddedSubsets(pdf);
		}
	}

	@Test
	@DisplayName("GEN-3 FEE-1 FEE-2 FEE-6: the acceptance notice carries the application fee's 適格請求書 (T-number, 税率 10%, tax, total, due date, payee)")
	void acceptanceNoticeCarriesTheInvoice() throws IOException {
		String text = text("ACCEPTANCE_NOTICE");
		assertQualifiedInvoice(text, "52,382円", "4,762円", "令和8年12月23日", "2026年12月23日");
		assertThat(text).contains(compacted("申請書受理通知書", "INV2026-00014", "申請料は審査の結果にかかわらず返金いたしません", "中規模", "104,762円"));
	}

	@Test
	@DisplayName("GEN-3 FEE-4 FEE-6: the on-site audit invoice lists fee, travel and lodging, with the 適格請求書 items")
	void invoiceIsAQualifiedInvoice() throws IOException {
		String text = text("INVOICE");
		assertQualifiedInvoice(text, "251,040円", "22,821円", "令和8年12月23日", "2026年12月23日");
		assertThat(text).contains(compacted("現地審査料220,000円10%", "交通費（実費）12,340円10%", "宿泊費（実費）18,700円10%"));
	}

	@Test
	@DisplayName("GEN-3 FEE-5: the payment reminder shows the overdue invoice as an invoice, and that the assessment is suspended")
	void paymentReminderShowsTheInvoice() throws IOException {
		String text = text("PAYMENT_REMINDER");
		assertQualifiedInvoice(text, "94,286円", "8,571円", "令和8年11月16日", "2026年11月16日");
		assertThat(text).contains(compacted("INV2026-00022", "審査を中断いたします"));
		// the invoice's fields are shown as an invoice, not as a list of its labels
		assertThat(text).doesNotContain("明細");
		assertThat(pageText("PAYMENT_REMINDER", 2)).contains(compacted("請求書", "INV2026-00022", "適格請求書発行事業者登録番号"));
	}

	@Test
	@DisplayName("GEN-3 FEE-1 FEE-3 FEE-4: an enclosed invoice has a page of its own")
	void invoicesHaveAPageOfTheirOwn() throws IOException {
		for (String kind : List.of("ACCEPTANCE_NOTICE", "INVOICE", "PAYMENT_REMINDER")) {
			assertThat(pageText(kind, 1)).as(kind).doesNotContain(compact("適格請求書発行事業者登録番号"));
			assertThat(pageText(kind, 2)).as(kind).contains(compacted("請求書", "適格請求書発行事業者登録番号", "うち消費税額（10%）", "お振込先"));
		}
	}

	@Test
	@DisplayName("GEN-3 FND-1 FND-2: the findings document shows i) issue date, ii) on-site audit date, iii) person responsible, iv) opinion, nonconformities and comparison, v) differences")
	void findingsDocumentHasFnd2() throws IOException {
		String text = text("FINDINGS_DOCUMENT");
		assertThat(text).contains(compacted("ⅰ発行日令和9年1月26日（2027年1月26日）", "ⅱ現地審査日令和9年1月19日（2027年1月19日）", "ⅲ責任者高橋美咲",
				"ⅳ要求事項に対する適合性についての意見PMSは概ね構築・運用されていますが", "ⅳ不適合1.リスクアセスメントにおいて", "2.2026年度の教育の実施記録", "3.内部監査の結果",
				"ⅳ以前の審査結果との比較前回（2024年）の指摘事項3件", "ⅴ審査現場で提示した内容との相違なし", "改善報告書の提出期限2027年4月26日（発行日から3か月以内"));
	}

	@Test
	@DisplayName("GEN-3 DEC-4 JIP-3: the decision notice is titled プライバシーマーク付与適格性審査結果について and gives result, decision date, committee, reason and the contract deadline")
	void decisionNoticeHasDec4() throws IOException {
		String text = text("DECISION_NOTICE");
		assertThat(text).contains(compacted("プライバシーマーク付与適格性審査結果について", "審査結果付与適格", "決定日令和8年11月20日（2026年11月20日）",
				"決定した審査会第42回審査会（2026年11月20日）", "理由指摘事項に対する是正処置の完了が確認され", "今後の手続き",
				"2027年2月20日までに付与契約の締結と付与登録料のお支払いを完了してください"));
	}

	@Test
	@DisplayName("GEN-3 JIP-1 INT-9 INC-5: letters to the granting body are addressed to JIPDEC as Recipients.JIPDEC names it")
	void lettersToJipdec() throws IOException {
		for (String kind : List.of("TRANSFER_TO_JIPDEC", "JIPDEC_REPORT", "INCIDENT_SECONDARY_DAMAGE")) {
			assertThat(sample(kind).letter().getRecipient()).as(kind).isEqualTo(Recipients.JIPDEC.text());
			assertThat(text(kind)).as(kind).contains(compact(Recipients.JIPDEC.text()));
		}
	}

	@Test
	@DisplayName("GEN-3: every kind the code records has a template and a sample; every template but layout and parts belongs to a recorded kind")
	void templatesMatchTheRecordedKinds() throws IOException {
		Set<String> kinds = recordedKinds();
		assertThat(kinds).hasSize(28)
			.contains("ACCEPTANCE_NOTICE", "INVOICE", "PAYMENT_REMINDER", "FINDINGS_DOCUMENT", "DECISION_NOTICE",
					"JIPDEC_REPORT", "MERGER_OUTCOME", "INCIDENT_SECONDARY_DAMAGE");
		Set<String> templates = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("letters"))) {
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".html"))
				.map((name) -> name.substring(0, name.length() - ".html".length()))
				.filter((name) -> !name.equals("layout") && !name.equals("parts"))
				.forEach(templates::add);
		}
		Set<String> expected = new TreeSet<>();
		kinds.forEach((kind) -> expected.add(LetterRenderer.templateOf(kind)));
		assertThat(templates).isEqualTo(expected);
		assertThat(new TreeSet<>(samples.keySet())).isEqualTo(new TreeSet<>(kinds));
	}

	@Test
	@DisplayName("GEN-3: a kind without a template is an exception, not an empty PDF")
	void missingTemplateIsAnException() {
		Letter letter = letter("NO_SUCH_LETTER", "存在しない文書", "〒105-0004 東京都港区新橋2-1-1\nすずらん食品株式会社 御中");
		assertThatThrownBy(() -> renderer.render(letter, Map.of("申請番号", "PM2026-0009"), null))
			.isInstanceOf(RuntimeException.class)
			.hasMessageContaining("no-such-letter");
	}

	@Test
	@DisplayName("GEN-3 FEE-1 DEC-4: the README's pictures: the acceptance notice with its invoice page, and the decision notice")
	void readmePictures() throws IOException {
		for (String kind : List.of("ACCEPTANCE_NOTICE", "DECISION_NOTICE")) {
			Sample sample = sample(kind);
			LetterRenderer.Rendered rendered = renderer.render(sample.letter(), sample.contents(), null);
			try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
				keep(pdf, rendered.template(), 110, OUT.resolve("docs"));
			}
		}
		assertThat(OUT.resolve("docs/acceptance-notice-2.png")).as("the invoice on page 2").exists();
	}

	// the samples

	private record Sample(String title, Letter letter, Map<String, Object> contents) {
	}

	private static Sample sample(String kind) throws IOException {
		Map<String, Object> sample = samples.get(kind);
		assertThat(sample).as("a sample of " + kind).isNotNull();
		@SuppressWarnings("unchecked")
		Map<String, Object> contents = (Map<String, Object>) sample.get("contents");
		String title = (String) sample.get("title");
		Letter letter = letter(kind, title, (String) sample.get("recipient"));
		set(letter, "contents", JSON.writeValueAsString(contents));
		return new Sample(title, letter, contents);
	}

	/** A letter as Letters records it, with its id and date as the database gave them. */
	private static Letter letter(String kind, String title, String recipient) {
		Letter letter = new Letter(9L, null, "PM2026-0009", kind, title, Addressee.of(recipient, null), null, "{}",
				"sato");
		set(letter, "id", LETTER_ID);
		set(letter, "createdAt", LETTER_DATE.toInstant());
		return letter;
	}

	private static void set(Letter letter, String name, Object value) {
		try {
			Field field = Letter.class.getDeclaredField(name);
			field.setAccessible(true);
			field.set(letter, value);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every value of the contents as the letter shows it: strings (dates as 2026年11月23日),
	 * each item of a list, each label and value of a nested map.
	 */
	private static List<String> shownValues(Map<String, Object> contents) {
		List<String> values = new ArrayList<>();
		contents.values().forEach((value) -> collect(value, values));
		return values;
	}

	private static void collect(Object value, List<String> values) {
		if (value instanceof Map<?, ?> map) {
			// an invoice (with its 明細) words its labels its own way:
			// assertQualifiedInvoice
			boolean invoice = map.containsKey("明細");
			map.forEach((label, item) -> {
				if (!invoice && !(item instanceof Map<?, ?> || item instanceof List<?>)) {
					values.add(String.valueOf(label));
				}
				collect(item, values);
			});
		}
		else if (value instanceof List<?> list) {
			list.forEach((item) -> collect(item, values));
		}
		else if (value != null && !String.valueOf(value).isBlank()) {
			values.add(FMT.text(value));
		}
	}

	// the PDFs

	private static String text(String kind) throws IOException {
		Sample sample = sample(kind);
		try (PDDocument pdf = Loader.loadPDF(renderer.render(sample.letter(), sample.contents(), null).pdf())) {
			return compact(new PDFTextStripper().getText(pdf));
		}
	}

	/** The text of one page of the kind's sample letter, as {@link #compact} makes it. */
	private static String pageText(String kind, int page) throws IOException {
		Sample sample = sample(kind);
		try (PDDocument pdf = Loader.loadPDF(renderer.render(sample.letter(), sample.contents(), null).pdf())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return compact(stripper.getText(pdf));
		}
	}

	/**
	 * Text without white space (lines break where the layout wraps them), in NFKC (the
	 * samples' full-width and half-width forms compare alike).
	 */
	private static String compact(String text) {
		StringBuilder compact = new StringBuilder(text.length());
		Normalizer.normalize(text, Normalizer.Form.NFKC)
			.codePoints()
			.filter((c) -> !Character.isWhitespace(c) && c != '\u00a0')
			.forEach(compact::appendCodePoint);
		return compact.toString();
	}

	@ParameterizedTest(
			name = "GEN-3 {0}: the text copied or searched in the PDF is the text written (日, not the radical ⽇ the font draws with the same glyph)")
	@MethodSource("kinds")
	void textReadsBackAsWritten(String kind) throws IOException {
		Sample sample = sample(kind);
		try (PDDocument pdf = Loader.loadPDF(renderer.render(sample.letter(), sample.contents(), null).pdf())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text.codePoints().filter((c) -> c >= 0x2E80 && c <= 0x2FDF).toArray()).as(kind).isEmpty();
			assertThat(text).contains("令和8年11月23日", "2026年11月23日");
		}
	}

	/** The parts, as {@link #compact} makes the PDF's text. */
	private static String[] compacted(String... parts) {
		return Stream.of(parts).map(LetterTemplatesTest::compact).toArray(String[]::new);
	}

	private static void assertQualifiedInvoice(String text, String total, String tax, String dueInEra, String due) {
		Matcher number = Pattern.compile(compact("適格請求書発行事業者登録番号") + "(T\\d{13})").matcher(text);
		assertThat(number.find()).as("registration number T and 13 digits").isTrue();
		assertThat(number.group(1)).isEqualTo(SENDER.invoiceRegistrationNumber());
		assertThat(text).contains(compacted("請求書", "ご請求金額（税込）" + total, "税率", "10%対象合計（税込）" + total,
				"うち消費税額（10%）" + tax, "お支払期限" + dueInEra + "（" + due + "）", "お振込先" + compact(SENDER.payee())));
	}

	/** Fonts are IPAex, embedded as subsets (XXXXXX+IPAexMincho). */
	private static void assertEmbeddedSubsets(PDDocument pdf) throws IOException {
		int fonts = 0;
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+IPAex(Mincho|Gothic)");
				fonts++;
			}
		}
		assertThat(fonts).isPositive();
	}

	/** Page 1 as template.png, page 2 (if any) as template-2.png. */
	private static void keep(PDDocument pdf, String template, int dpi, Path folder) {
		PDFRenderer pages = new PDFRenderer(pdf);
		if (pdf.getNumberOfPages() == 1 && !folder.endsWith("docs")) {
			try {
				Files.deleteIfExists(folder.resolve(template + "-2.png"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		for (int i = 0; i < Math.min(2, pdf.getNumberOfPages()); i++) {
			String name = (folder.endsWith("docs")) ? template + "-" + (i + 1) : (i == 0) ? template : template + "-2";
			try {
				BufferedImage image = pages.renderImageWithDPI(i, dpi);
				ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	// the kinds the code records

	private static final Pattern CASE_LETTER = Pattern.compile("new CaseLetter\\(\\s*\"([A-Z][A-Z_]+)\"");

	private static final Pattern SENT = Pattern.compile("send\\(\\s*\\w+\\s*,\\s*\"([A-Z][A-Z_]+)\"");

	private static final Pattern RECORDED = Pattern.compile("letters\\.record\\(([^;]*);");

	private static final Pattern KIND_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})\"");

	/**
	 * The kinds src/main/java records: {@code new CaseLetter("KIND", …)},
	 * {@code send(x, "KIND", …)}, and the first upper-case literal of a
	 * {@code letters.record(…)} call that names its kind itself.
	 */
	static Set<String> recordedKinds() throws IOException {
		Set<String> kinds = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				for (Pattern pattern : List.of(CASE_LETTER, SENT)) {
					Matcher matcher = pattern.matcher(source);
					while (matcher.find()) {
						kinds.add(matcher.group(1));
					}
				}
				Matcher call = RECORDED.matcher(source);
				while (call.find()) {
					Matcher literal = KIND_LITERAL.matcher(call.group(1));
					if (literal.find()) {
						kinds.add(literal.group(1));
					}
				}
			}
		}
		return kinds;
	}

}
