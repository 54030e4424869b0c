package jp.pmark.workflow.fee;

import jp.pmark.workflow.common.ProcessModel;

/** The ids of {@code bpmn/PmarkInvoiceProcess.bpmn} that code uses. */
public final class InvoiceProcess {

	public static final String KEY = "PmarkInvoiceProcess";

	public static final String RECORD_PAYMENT = "Task_RecordPayment";

	public static final String PAYMENT_OVERDUE = "BoundaryEvent_PaymentOverdue";

	public static final String PAYMENT_RECEIVED = "BoundaryEvent_PaymentReceived";

	public static final String MSG_PAYMENT_RECEIVED = "Msg_PaymentReceived";

	public static final String END_PAID = "EndEvent_Paid";

	public static final String VAR_INVOICE_NUMBER = "invoiceNumber";

	public static final String VAR_APPLICATION_NUMBER = "applicationNumber";

	public static final String VAR_APPLICANT_NAME = "applicantName";

	public static final String VAR_DUE_AT = "dueAt";

	public static final String VAR_SUSPENDED = "assessmentSuspended";

	/**
	 * The variables the process keeps: what its gateways, timers, assignments and task
	 * list columns read (README, "Process variables").
	 */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_INVOICE_NUMBER, VAR_APPLICATION_NUMBER,
			VAR_APPLICANT_NAME, VAR_DUE_AT, VAR_SUSPENDED);

	private InvoiceProcess() {
	}

}
