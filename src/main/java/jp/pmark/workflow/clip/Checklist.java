package jp.pmark.workflow.clip;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * CLIP-3: the conformity checklist (適合チェックリスト), from the data file the association edits,
 * {@code clip/self-check-checklist.json}: the Act's legal duties, each required, and the
 * guideline's "should endeavour" and "desirable" items, optional. Read and checked at
 * start-up: a broken file stops the product with the reason.
 */
@Component
public class Checklist {

	/** Where the file lies on the classpath. */
	static final String FILE = "clip/self-check-checklist.json";

	/** How binding an item is. */
	public enum Level {

		/** A legal duty of the Act: certification needs it met (or not applicable). */
		LEGAL("法的義務"),

		/** The guideline's 努めなければならない: optional, never blocking. */
		ENDEAVOUR("努力義務"),

		/** The guideline's 望ましい: optional, never blocking. */
		DESIRABLE("望ましい事項");

		private final String japaneseName;

		Level(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	/**
	 * One item.
	 *
	 * @param notApplicable whether 該当なし is an answer for it
	 */
	public record Item(String id, Level level, String article, String text, boolean notApplicable) {

		public boolean required() {
			return this.level == Level.LEGAL;
		}

		/** How the forms and letters name it: L06（法第23条）個人データの… */
		public String label() {
			return this.id + "（" + this.article + "）" + this.text;
		}

	}

	record File(String version, String title, List<Item> items) {
	}

	private final String version;

	private final String title;

	private final Map<String, Item> items = new LinkedHashMap<>();

	Checklist() throws IOException {
		this(new ClassPathResource(FILE).getInputStream());
	}

	Checklist(InputStream json) throws IOException {
		File file;
		try (json) {
			file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
				.readValue(json, File.class);
		}
		check(file.version() != null && !file.version().isBlank(), "has no version");
		check(file.items() != null && !file.items().isEmpty(), "has no items");
		this.version = file.version();
		this.title = file.title();
		for (Item item : file.items()) {
			check(item.id() != null && item.id().matches("[A-Z][0-9]{2}"),
					"has an item id that is not like L01: " + item.id());
			check(item.level() != null, "item " + item.id() + " has no level (LEGAL, ENDEAVOUR, DESIRABLE)");
			check(item.text() != null && !item.text().isBlank(), "item " + item.id() + " has no text");
			check(item.article() != null && !item.article().isBlank(), "item " + item.id() + " has no article");
			check(this.items.put(item.id(), item) == null, "has item " + item.id() + " twice");
		}
		check(this.items.values().stream().anyMatch(Item::required), "has no legal duty");
	}

	private static void check(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalStateException(FILE + " " + problem);
		}
	}

	public String version() {
		return this.version;
	}

	public String title() {
		return this.title;
	}

	public List<Item> items() {
		return List.copyOf(this.items.values());
	}

	public List<Item> required() {
		return this.items.values().stream().filter(Item::required).toList();
	}

	public List<Item> optional() {
		return this.items.values().stream().filter((item) -> !item.required()).toList();
	}

	public Optional<Item> item(String id) {
		return Optional.ofNullable(this.items.get(id));
	}

}
