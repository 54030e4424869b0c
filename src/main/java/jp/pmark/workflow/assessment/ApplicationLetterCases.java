package jp.pmark.workflow.assessment;

import java.util.Optional;

import jp.pmark.workflow.letter.LetterCases;

import org.springframework.stereotype.Component;

/** The application numbers letters are filed under (GEN-3). */
@Component
class ApplicationLetterCases implements LetterCases {

	private final ApplicationRepository applications;

	ApplicationLetterCases(ApplicationRepository applications) {
		this.applications = applications;
	}

	@Override
	public Optional<String> applicationNumber(long applicationId) {
		return this.applications.findById(applicationId).map(Application::getApplicationNumber);
	}

}
