package jp.pmark.workflow.clip;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.letter.Letters;

import org.springframework.stereotype.Component;

/** The letter of a consultation's result to the business (CLIP-4, CLIP-5, GEN-3). */
@Component
class ConsultationLetters {

	private final Letters letters;

	ConsultationLetters(Letters letters) {
		this.letters = letters;
	}

	void result(ClipConsultation consultation, ClipBusiness business, String by) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("相談番号", consultation.getConsultationNumber());
		contents.put("事業者名", business.getName());
		contents.put("相談の種類", consultation.getKind().japaneseName());
		contents.put("受付日", consultation.getReceivedOn().toString());
		contents.put("相談の内容", consultation.getSummary());
		contents.put("助言", consultation.getAdvice());
		contents.put("結果", consultation.getOutcome().japaneseName());
		if (consultation.getIncidentNumber() != null) {
			contents.put("事故の報告番号", consultation.getIncidentNumber());
		}
		contents.put("本文", ConsultationTexts.resultText(consultation));
		this.letters.record(null, consultation.getConsultationNumber(), "CLIP_CONSULTATION_RESULT", "苦情・漏えい相談の結果について",
				business.recipient(), contents, by);
	}

}
