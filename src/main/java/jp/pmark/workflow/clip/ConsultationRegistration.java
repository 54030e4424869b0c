package jp.pmark.workflow.clip;

import java.util.Map;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.StartFormRegistration;
import jp.pmark.workflow.common.TaskForms;

import org.springframework.stereotype.Component;

/**
 * 相談を登録する: records a consultation entered in Tasklist, gives the process instance the
 * consultation number as business key, and keeps only what routing and the task list
 * need.
 */
@Component("registerClipConsultation")
class ConsultationRegistration extends StartFormRegistration<ConsultationStartForm.Input, ClipConsultation> {

	private final ConsultationStartForm form;

	private final ClipConsultations consultations;

	ConsultationRegistration(ConsultationStartForm form, TaskForms forms, ClipConsultations consultations,
			CurrentUser currentUser) {
		super(form, forms, currentUser);
		this.form = form;
		this.consultations = consultations;
	}

	@Override
	protected ClipConsultation register(ConsultationStartForm.Input input, String recordedBy) {
		return this.consultations.register(this.form.read(input), recordedBy);
	}

	@Override
	protected String number(ClipConsultation consultation) {
		return consultation.getConsultationNumber();
	}

	@Override
	protected Map<String, Object> routing(ClipConsultation consultation) {
		return this.consultations.variables(consultation);
	}

}
