package jp.pmark.workflow.letter;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the letters the body sends. */
@Service
public class Letters {

	private final LetterRepository letters;

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	Letters(LetterRepository letters) {
		this.letters = letters;
	}

	/**
	 * Records a letter.
	 * @param applicationId the case it belongs to, or null
	 * @param kind what it is, e.g. {@code ACCEPTANCE_NOTICE}
	 * @param title its Japanese title, e.g. 申請書受理通知書
	 * @param recipient to whom it goes: name and address
	 * @param contents every field the letter shows, in order
	 * @param createdBy who had it sent
	 */
	@Transactional
	public Letter record(Long applicationId, String kind, String title, String recipient, Map<String, ?> contents,
			String createdBy) {
		return record(applicationId, null, kind, title, recipient, contents, createdBy);
	}

	/**
	 * Records a letter of a case that is not an application (a change report, a merger
	 * case), or of both.
	 * @param caseNumber the case's number, e.g. CR2026-0001
	 */
	@Transactional
	public Letter record(Long applicationId, String caseNumber, String kind, String title, String recipient,
			Map<String, ?> contents, String createdBy) {
		try {
			String body = this.json.writeValueAsString(new LinkedHashMap<>(contents));
			return this.letters.save(new Letter(applicationId, caseNumber, kind, title, recipient, body, createdBy));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("letter contents cannot be written as JSON", ex);
		}
	}

	/** The contents of a recorded letter, read back. */
	public Map<String, Object> contents(Letter letter) {
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> contents = this.json.readValue(letter.getContents(), LinkedHashMap.class);
			return contents;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("letter " + letter.getId() + " has unreadable contents", ex);
		}
	}

}
