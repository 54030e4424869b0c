package jp.pmark.workflow.letter;

import java.time.LocalDate;
import java.util.Set;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 印刷して郵送する (reception, GEN-3): a letter that goes on paper, by the rules, for want of a
 * mail address, or because its mail kept failing: printed from its PDF (a link on the
 * form) and posted; how and when is recorded.
 */
@Component
public class PostLetterForm extends ProcessTaskForm<PostLetterForm.Input> {

	/** How the letter was sent. */
	public enum PostMethod {

		SIMPLE_REGISTERED("簡易書留"), REGISTERED("一般書留"), RECORDED("特定記録郵便"), ORDINARY("普通郵便"), COURIER("宅配便"),
		HANDED("窓口で手渡し");

		private final String japaneseName;

		PostMethod(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	/** The methods whose tracking number is recorded. */
	static final Set<PostMethod> TRACKED = Set.of(PostMethod.SIMPLE_REGISTERED, PostMethod.REGISTERED,
			PostMethod.RECORDED, PostMethod.COURIER);

	/** The longest tracking number kept (letter_delivery.tracking_number). */
	static final int TRACKING_NUMBER_LENGTH = 60;

	/** What the form submits. */
	public record Input(LocalDate postedOn, PostMethod postMethod, String trackingNumber) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("letterText", "letterLink")
		.prefills("postedOn");

	private final Letters letters;

	private final LetterDeliveries deliveries;

	private final LetterRenderer renderer;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	PostLetterForm(Letters letters, LetterDeliveries deliveries, LetterRenderer renderer,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(LetterDeliveryProcess.PROCESS, LetterDeliveryProcess.POST, CONTRACT);
		this.letters = letters;
		this.deliveries = deliveries;
		this.renderer = renderer;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		long letterId = letterId(view.routing(LetterDeliveryProcess.VAR_LETTER_ID));
		Letter letter = this.letters.find(letterId).orElseThrow();
		LetterDelivery delivery = this.deliveries.delivery(letterId).orElseThrow();
		String text = "文書：" + this.renderer.number(letterId) + "　" + letter.getTitle() + "\n郵送する理由："
				+ delivery.getPostReason() + "\n宛先：\n" + letter.getRecipient();
		view.show("letterText", text)
			.show("letterLink",
					"[" + this.renderer.number(letterId) + "　" + letter.getTitle() + "（PDF）]("
							+ CaseLetterLinks.link(view.taskId(), letterId) + ")")
			.prefill("postedOn", this.calendar.today());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		rules.require(input.postedOn() != null, "postedOn", RuleId.GEN_3, "enter-posting-date");
		if (input.postedOn() != null) {
			rules.require(!input.postedOn().isAfter(this.calendar.today()), "postedOn", RuleId.GEN_3,
					"posting-date-cannot-future");
		}
		rules.require(input.postMethod() != null, "postMethod", RuleId.GEN_3, "choose-posting-method");
		if (input.postMethod() != null && TRACKED.contains(input.postMethod())) {
			rules.require(input.trackingNumber() != null && !input.trackingNumber().isBlank(), "trackingNumber",
					RuleId.GEN_3, "enter-tracking-number");
		}
		rules.require(input.trackingNumber() == null || input.trackingNumber().length() <= TRACKING_NUMBER_LENGTH,
				"trackingNumber", RuleId.GEN_3, "tracking-number-too-long", TRACKING_NUMBER_LENGTH);
		rules.add(IndividualNumbers.check("trackingNumber", input.trackingNumber()));
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.deliveries.posted(letterId(context.routing(LetterDeliveryProcess.VAR_LETTER_ID)), input.postedOn(),
				input.postMethod().japaneseName(), input.trackingNumber(), this.currentUser.id());
	}

	private static long letterId(Object variable) {
		return ((Number) variable).longValue();
	}

}
