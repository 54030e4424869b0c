package jp.pmark.workflow.letter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.calendar.CalendarProperties;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class RenderSmokeTest {

	@Test
	void renders() throws Exception {
		LetterProperties props = new LetterProperties(
				new LetterProperties.Sender("一般社団法人デモ審査センター", "審査部", "100-0005", "東京都千代田区丸の内9-9-9", "03-0000-0000",
						"a@b.invalid", "センター長 山本", "T8701000012345", "デモ銀行 普通 1234567", "PM審", "（公印省略）"),
				new LetterProperties.Mail("pickup", "target/x", "no@x.invalid", "x.invalid", 5), List.of(), List.of(),
				null);
		LetterRenderer renderer = new LetterRenderer(props,
				new JapaneseBusinessCalendar(new CalendarProperties(ZoneId.of("Asia/Tokyo"), List.of("12-29..01-03"))));
		String json = "{\"申請番号\":\"PM2026-0009\",\"申請者\":\"すずらん食品株式会社\",\"申請日\":\"2026-05-29\",\"本文\":\"プライバシーマーク付与適格性審査の申請書を受理しましたので通知します。同封の請求書により申請料をお支払いください。\",\"規模区分\":\"中規模\",\"今後の審査料（予定）\":\"文書審査料 94,286円（文書審査の終了後に請求）、現地審査料 220,000円＋交通費・宿泊費実費（現地審査の終了後に請求）\",\"付与登録料（付与機関へお支払い）\":\"104,762円\",\"請求書\":{\"請求書番号\":\"INV2026-00014\",\"申請番号\":\"PM2026-0009\",\"請求先\":\"すずらん食品株式会社\",\"発行日\":\"2026-05-29\",\"件名\":\"申請料\",\"申請料\":\"52,382円\",\"ご請求金額（税込）\":\"52,382円\",\"明細\":[{\"品目\":\"申請料\",\"金額\":\"52,382円\",\"税率\":\"10%\"}],\"10%対象（税込）\":\"52,382円\",\"うち消費税額（10%）\":\"4,762円\",\"お支払期限\":\"2026-06-29\",\"ご注意\":\"申請料は審査の結果にかかわらず返金いたしません（FEE-2）。\"}}";
		@SuppressWarnings("unchecked")
		Map<String, Object> contents = new ObjectMapper().readValue(json, LinkedHashMap.class);
		Letter letter = new Letter(1L, null, "PM2026-0009", "ACCEPTANCE_NOTICE", "申請書受理通知書",
				Addressee.of("〒105-0004 東京都港区新橋2-1-1\nすずらん食品株式会社\n総務部 佐藤 一郎 様", "x@y.invalid"), "x@y.invalid",
				new ObjectMapper().writeValueAsString(contents), "sato");
		long t = System.nanoTime();
		LetterRenderer.Rendered r = renderer.render(letter, contents, null);
		System.out.println("ms " + (System.nanoTime() - t) / 1e6 + " pages " + r.pages() + " bytes " + r.pdf().length);
		t = System.nanoTime();
		r = renderer.render(letter, contents, null);
		System.out.println("ms " + (System.nanoTime() - t) / 1e6 + " pages " + r.pages() + " bytes " + r.pdf().length);
		Files.createDirectories(Path.of("target/letters"));
		Files.write(Path.of("target/letters/smoke.pdf"), r.pdf());
		try (var doc = Loader.loadPDF(r.pdf())) {
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				javax.imageio.ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(i, 80), "png",
						Path.of("target/letters/smoke-" + i + ".png").toFile());
			}
		}
	}

}
