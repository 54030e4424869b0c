package jp.pmark.workflow.clip;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/** What the CLIP forms show of a business, in Japanese, made from its records. */
@Component
public class ClipTexts {

	private final ClipGuidanceSessionRepository sessions;

	private final Checklist checklist;

	private final IdentityService identityService;

	private final EngineCalls engineCalls;

	ClipTexts(ClipGuidanceSessionRepository sessions, Checklist checklist, IdentityService identityService,
			EngineCalls engineCalls) {
		this.sessions = sessions;
		this.checklist = checklist;
		this.identityService = identityService;
		this.engineCalls = engineCalls;
	}

	/** A staff member as forms name them: 山田 太郎（yamada）. */
	String person(String userId) {
		User user = this.engineCalls
			.onBehalfOfCaller(() -> this.identityService.createUserQuery().userId(userId).singleResult());
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null) ? "" : user.getFirstName()) + " "
				+ ((user.getLastName() == null) ? "" : user.getLastName());
		return name.isBlank() ? userId : name.strip() + "（" + userId + "）";
	}

	/** The business as every form of its case shows it. */
	public String summary(ClipBusiness business, SupportTerms.Terms terms) {
		StringBuilder text = new StringBuilder();
		text.append("**")
			.append(business.getName())
			.append("**（")
			.append(business.getEnrolmentNumber())
			.append("）\n\n");
		text.append("- プラン：").append(business.getPlan().japaneseName()).append('\n');
		text.append("- 状況：").append(business.getStatus().japaneseName());
		text.append((business.getCycle() > 1) ? "（更新 " + (business.getCycle() - 1) + "回目）" : "（初回の認証）").append('\n');
		text.append("- 従業者数：")
			.append(business.getEmployees())
			.append("名")
			.append((business.getEmployees() == 1) ? "（1名の事業者）" : "")
			.append('\n');
		text.append("- 代表者：")
			.append(business.getRepresentativeName())
			.append("／連絡先：")
			.append(business.getContactName())
			.append(' ')
			.append(business.getContactEmail())
			.append('\n');
		text.append("- 専属指導員：")
			.append((business.getAdvisor() != null) ? person(business.getAdvisor()) : "（未割当）")
			.append('\n');
		if (business.getOutsideConsultant() != null) {
			text.append("- 外部コンサルタント（事業者の希望）：").append(business.getOutsideConsultant()).append('\n');
		}
		if (business.getCertificateNumber() != null) {
			text.append("- 認証番号：")
				.append(business.getCertificateNumber())
				.append("（")
				.append(business.getValidFrom())
				.append("〜")
				.append(business.getValidUntil())
				.append("）\n");
		}
		if (business.getFromApplicationNumber() != null) {
			text.append("- プライバシーマークの申請 ").append(business.getFromApplicationNumber()).append(" から引き継ぎ\n");
		}
		text.append("\n").append(terms.text());
		return text.toString();
	}

	/**
	 * The guidance sessions of the business's current cycle, with what each is billed.
	 */
	public String sessionsText(ClipBusiness business) {
		List<ClipGuidanceSession> list = this.sessions.findByBusinessIdAndCycleOrderById(business.getId(),
				business.getCycle());
		if (list.isEmpty()) {
			return "（この期間の指導の記録はまだありません）";
		}
		return list.stream().map((session) -> {
			String line = "- " + session.getHeldOn() + " " + session.getMode().japaneseName();
			if (session.getMode() == SupportMode.VISIT) {
				line += " " + session.getVisitDays() + "日、旅費 " + yen(session.getTravelCostYen());
			}
			line += "（" + session.getAdvisor() + "）：" + session.getTopics();
			if (session.getBilledYen() > 0) {
				line += "　【請求 " + yen(session.getBilledYen()) + "】";
			}
			return line;
		}).collect(Collectors.joining("\n"));
	}

	/** The answers of a self-check, legal duties first, each item's answer named. */
	public String answersText(Map<String, CheckAnswer> answers) {
		StringBuilder text = new StringBuilder();
		text.append("**法的義務（必須）**\n\n");
		for (Checklist.Item item : this.checklist.required()) {
			CheckAnswer answer = answers.get(item.id());
			boolean met = SelfCheckRules.meets(item, answer);
			text.append("- ")
				.append(met ? "" : "⚠ ")
				.append(item.label())
				.append("：")
				.append((answer == null) ? "未回答" : answer.japaneseName())
				.append(met ? "" : "（要対応）")
				.append('\n');
		}
		text.append("\n**努力義務・望ましい事項（任意。認証を妨げません）**\n\n");
		for (Checklist.Item item : this.checklist.optional()) {
			CheckAnswer answer = answers.get(item.id());
			text.append("- ")
				.append(item.label())
				.append("［")
				.append(item.level().japaneseName())
				.append("］：")
				.append((answer == null) ? "未回答" : answer.japaneseName())
				.append('\n');
		}
		return text.toString();
	}

	static String yen(long amount) {
		return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
	}

}
