package jp.pmark.workflow.guard;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * INT-2, with real files of each accepted type made here, and some that must be refused.
 */
class FileTypesTest {

	@Test
	@DisplayName("INT-2 pdf, xlsx, xls, docx, doc, pptx, txt, jpeg, png, zip, gz and 7z are accepted, judged by content")
	void acceptedTypes() throws IOException {
		assertAccepted("様式1.pdf", pdf(), "application/pdf");
		assertAccepted("様式4.xlsx", xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertAccepted("様式4.xls", xls(), "application/vnd.ms-excel");
		assertAccepted("規程.docx", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertAccepted("規程.doc", doc(), "application/msword");
		assertAccepted("説明.pptx", pptx(), "application/vnd.openxmlformats-officedocument.presentationml.presentation");
		assertAccepted("メモ.txt", "個人情報保護方針\n".getBytes(StandardCharsets.UTF_8), "text/plain");
		assertAccepted("memo.txt", "個人情報保護方針\r\n".getBytes(Charset.forName("Shift_JIS")), "text/plain");
		assertAccepted("memo-euc.txt", "個人情報保護方針\n".getBytes(Charset.forName("EUC-JP")), "text/plain");
		assertAccepted("写真.jpg", image("jpeg"), "image/jpeg");
		assertAccepted("写真.png", image("png"), "image/png");
		assertAccepted("書類一式.zip", zip(), "application/zip");
		assertAccepted("書類一式.gz", gzip(), "application/gzip");
		assertAccepted("書類一式.7z", sevenZip(), "application/x-7z-compressed");
	}

	@Test
	@DisplayName("INT-2 an executable is refused, with the file's name and the allowed types in the message")
	void executableRefused() {
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		assertThat(FileTypes.check("files[0]", "setup.exe", exe)).hasValueSatisfying((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("INT-2");
			assertThat(violation.field()).isEqualTo("files[0]");
			assertThat(violation.messageJa()).contains("setup.exe").contains("PDF").contains("PNG");
			assertThat(violation.messageEn()).contains("setup.exe").contains("Accepted types");
		});
	}

	@Test
	@DisplayName("INT-2 random bytes named .pdf are refused: the name alone does not decide")
	void namedLikeAnAllowedType() {
		byte[] noise = new byte[4096];
		new Random(42).nextBytes(noise);
		assertThat(FileTypes.check("file", "様式1.pdf", noise))
			.hasValueSatisfying((violation) -> assertThat(violation.messageJa()).contains("受け付けられない形式"));
	}

	@Test
	@DisplayName("INT-2 an HTML page is refused")
	void htmlRefused() {
		byte[] html = "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(FileTypes.check("file", "page.txt", html)).isPresent();
	}

	@Test
	@DisplayName("INT-2 an accepted type under the wrong extension is refused as a mismatch")
	void mismatch() throws IOException {
		assertThat(FileTypes.check("file", "規程.docx", pdf())).hasValueSatisfying((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("INT-2");
			assertThat(violation.messageJa()).contains("拡張子と一致しません").contains("規程.docx");
		});
		assertThat(FileTypes.check("file", "script.js", "alert(1)".getBytes(StandardCharsets.UTF_8))).isPresent();
	}

	private static void assertAccepted(String name, byte[] content, String type) {
		assertThat(FileTypes.detect(content)).as(name).isEqualTo(type);
		assertThat(FileTypes.check("file", name, content)).as(name).isEmpty();
		assertThat(FileTypes.check("file", name.toUpperCase(), content)).as(name).isEmpty();
	}

	static byte[] pdf() {
		String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n";
		return body.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] xlsx() throws IOException {
		return workbook(new XSSFWorkbook());
	}

	private static byte[] xls() throws IOException {
		return workbook(new HSSFWorkbook());
	}

	private static byte[] workbook(Workbook workbook) throws IOException {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("様式4").createRow(0).createCell(0).setCellValue("個人情報を取扱う業務");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("個人情報保護規程");
			document.write(out);
			return out.toByteArray();
		}
	}

	/** A Word 97 container: an OLE2 file whose main stream is "WordDocument". */
	private static byte[] doc() throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "1Table");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	private static byte[] pptx() throws IOException {
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			show.createSlide();
			show.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private static byte[] zip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("様式0.txt"));
			zip.write("申請チェック表".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] gzip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write("申請チェック表".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	/** The 7z signature and a version, as an archiver writes them. */
	private static byte[] sevenZip() {
		byte[] archive = new byte[64];
		byte[] signature = { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0x00, 0x04 };
		System.arraycopy(signature, 0, archive, 0, signature.length);
		return archive;
	}

}
