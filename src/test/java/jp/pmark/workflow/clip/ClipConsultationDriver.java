package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.support.Tasklist;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CLIP businesses and consultations for the tests (CLIP-4, CLIP-5): businesses created
 * directly as the lead engineer's certification leaves them, consultations started as
 * reception starts them in Tasklist, and valid answers of the forms.
 */
@Component
public class ClipConsultationDriver {

	private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

	private final ClipBusinessRepository businesses;

	private final Tasklist tasklist;

	private final JapaneseBusinessCalendar calendar;

	private final TransactionTemplate transactions;

	ClipConsultationDriver(ClipBusinessRepository businesses, Tasklist tasklist, JapaneseBusinessCalendar calendar,
			PlatformTransactionManager transactionManager) {
		this.businesses = businesses;
		this.tasklist = tasklist;
		this.calendar = calendar;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** A business certified today for a year; its enrolment number. */
	public String certifiedBusiness() {
		return certifiedBusiness(null, null);
	}

	/**
	 * A certified business, known to the Privacy Mark by its corporate number or the
	 * Privacy Mark case it enrolled from when given; its enrolment number.
	 */
	public String certifiedBusiness(String corporateNumber, String fromApplicationNumber) {
		return business(corporateNumber, fromApplicationNumber, true);
	}

	/** A business still guided towards its certification; its enrolment number. */
	public String uncertifiedBusiness() {
		return business(null, null, false);
	}

	private String business(String corporateNumber, String fromApplicationNumber, boolean certified) {
		long serial = SERIAL.incrementAndGet();
		String number = "CT" + serial;
		LocalDate today = this.calendar.today();
		return this.transactions.execute((status) -> {
			ClipBusiness business = new ClipBusiness(number,
					new ClipEnrolment(ClipPlan.STANDARD, "さくらデザイン事務所" + serial, corporateNumber, "佐藤 一郎", "150-0002",
							"東京都渋谷区渋谷2-2-2", "佐藤 一郎", "sato" + serial + "@example.jp", "03-0000-0000", 3, false, null,
							fromApplicationNumber),
					today.minusMonths(3), "t");
			if (certified) {
				business.certified("CC-T" + serial, today.minusDays(10), today.plusYears(1).minusDays(11),
						today.minusDays(11));
			}
			return this.businesses.save(business).getEnrolmentNumber();
		});
	}

	/** Valid answers of reception's start form: a complaint the business handled. */
	public Map<String, Object> startAnswers(String enrolmentNumber) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("enrolmentNumber", enrolmentNumber);
		form.put("kind", "COMPLAINT");
		form.put("raisedBy", "COMPLAINANT");
		form.put("complainantName", "山本 花子");
		form.put("complainantContact", "090-0000-0000");
		form.put("receivedOn", this.calendar.today().toString());
		form.put("channel", "PHONE");
		form.put("summary", "退会したのにメールマガジンが届き続けるとの苦情（" + SERIAL.incrementAndGet() + "）");
		form.put("firstHandling", "HANDLED");
		form.put("firstHandlingNote", "事業者の苦情窓口が配信停止の手続をとったと説明した。");
		return form;
	}

	/** Valid answers of the advisor's form for a complaint the business handled. */
	public Map<String, Object> closingAnswers() {
		return Map.of("advice", "配信停止の手順を見直し、申出人に経緯を説明するよう助言した。", "outcome", "CLOSED", "closedOn",
				this.calendar.today().toString());
	}

	/** A consultation waiting for the advisor, started in Tasklist; its instance. */
	public String consultationAtHandling() {
		return this.tasklist.startForm(ClipConsultationProcess.KEY, startAnswers(certifiedBusiness()));
	}

}
