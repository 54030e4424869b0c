package jp.pmark.workflow.fee;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 受理通知書と申請料請求書を送付する (FEE-1): decides the size class (FEE-7), issues the application fee
 * invoice and sends it inside the acceptance notice (申請書受理通知書).
 */
@Component("issueApplicationFee")
class IssueApplicationFee implements JavaDelegate {

	private final Applications applications;

	private final SizeClasses sizeClasses;

	private final FeeSchedule schedule;

	private final InvoiceService invoices;

	private final Letters letters;

	private final CurrentUser currentUser;

	IssueApplicationFee(Applications applications, SizeClasses sizeClasses, FeeSchedule schedule,
			InvoiceService invoices, Letters letters, CurrentUser currentUser) {
		this.applications = applications;
		this.sizeClasses = sizeClasses;
		this.schedule = schedule;
		this.invoices = invoices;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getProcessBusinessKey());
		String sizeClass = this.sizeClasses.decide(application);
		application = this.applications.get(application.getApplicationNumber());
		String actor = this.currentUser.id();
		Invoice invoice = this.invoices.issue(application, InvoiceKind.APPLICATION_FEE,
				this.schedule.applicationFee(application.getAppliedOn()), 0, 0, actor, false);
		FeeProperties.Amounts amounts = this.schedule.amounts(application.getAppliedOn(), application.getKind(),
				sizeClass);
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", application.getApplicationNumber());
		contents.put("申請者", application.getApplicant().getName());
		contents.put("申請日", application.getAppliedOn().toString());
		contents.put("本文", "プライバシーマーク付与適格性審査の申請書を受理しましたので通知します。同封の請求書により申請料をお支払いください。");
		contents.put("規模区分", Applications.sizeClassName(sizeClass));
		contents.put("今後の審査料（予定）", "文書審査料 " + InvoiceService.yen(amounts.documentReview()) + "（文書審査の終了後に請求）、現地審査料 "
				+ InvoiceService.yen(amounts.onsiteAudit()) + "＋交通費・宿泊費実費（現地審査の終了後に請求）");
		contents.put("付与登録料（付与機関へお支払い）", InvoiceService.yen(amounts.registration()));
		contents.put("請求書", this.invoices.invoiceContents(application, invoice));
		this.letters.record(application.getId(), "ACCEPTANCE_NOTICE", "申請書受理通知書",
				application.getApplicant().recipient(), contents, actor);
	}

}
