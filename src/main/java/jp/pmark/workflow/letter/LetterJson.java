package jp.pmark.workflow.letter;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A letter's contents as the letter table keeps them: JSON, items in order. */
final class LetterJson {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private LetterJson() {
	}

	static String write(Map<String, ?> contents) {
		try {
			return JSON.writeValueAsString(new LinkedHashMap<>(contents));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("letter contents cannot be written as JSON", ex);
		}
	}

	static Map<String, Object> read(Letter letter) {
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> contents = JSON.readValue(letter.getContents(), LinkedHashMap.class);
			return contents;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("letter " + letter.getId() + " has unreadable contents", ex);
		}
	}

}
