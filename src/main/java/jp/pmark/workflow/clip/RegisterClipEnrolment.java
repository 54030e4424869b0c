package jp.pmark.workflow.clip;

import java.util.Map;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.StartFormRegistration;
import jp.pmark.workflow.common.TaskForms;

import org.springframework.stereotype.Component;

/**
 * 申込みを登録する: records an enrolment entered in Tasklist and gives the process instance the
 * enrolment number as business key.
 */
@Component("registerClipEnrolment")
class RegisterClipEnrolment extends StartFormRegistration<ClipStartForm.Input, ClipBusiness> {

	private final ClipStartForm form;

	private final ClipEnrolments enrolments;

	RegisterClipEnrolment(ClipStartForm form, TaskForms forms, ClipEnrolments enrolments, CurrentUser currentUser) {
		super(form, forms, currentUser);
		this.form = form;
		this.enrolments = enrolments;
	}

	@Override
	protected ClipBusiness register(ClipStartForm.Input input, String recordedBy) {
		return this.enrolments.enrol(this.form.read(input), recordedBy);
	}

	@Override
	protected String number(ClipBusiness business) {
		return business.getEnrolmentNumber();
	}

	@Override
	protected Map<String, Object> routing(ClipBusiness business) {
		return this.enrolments.variables(business);
	}

}
