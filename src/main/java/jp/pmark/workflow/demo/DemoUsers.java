package jp.pmark.workflow.demo;

import java.util.List;

import jp.pmark.workflow.identity.StaffGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users, at least one per group of SPEC §1, all with the demo password of
 * {@code application-demo.yaml}. Camunda shows a name as "first name last name", so the
 * family name is kept in the first-name field to read in Japanese order (佐藤 花子).
 */
@Component
@Profile("demo")
@Order(100)
class DemoUsers implements ApplicationRunner {

	/** A demo person: id, family name, given name, e-mail and groups. */
	record DemoUser(String id, String familyName, String givenName, List<String> groups) {

		String email() {
			return this.id + "@demo.pmark.example";
		}

	}

	static final List<DemoUser> USERS = List.of(new DemoUser("admin", "管理", "太郎", List.of(StaffGroup.ADMIN_GROUP_ID)),
			new DemoUser("sato", "佐藤", "花子", List.of(StaffGroup.RECEPTION.id())),
			new DemoUser("suzuki", "鈴木", "一郎", List.of(StaffGroup.ACCOUNTING.id())),
			new DemoUser("takahashi", "高橋", "洋子", List.of(StaffGroup.ASSESSMENT_MANAGERS.id())),
			new DemoUser("tanaka", "田中", "誠", List.of(StaffGroup.LEAD_AUDITORS.id(), StaffGroup.AUDITORS.id())),
			new DemoUser("ito", "伊藤", "健二", List.of(StaffGroup.LEAD_AUDITORS.id(), StaffGroup.AUDITORS.id())),
			new DemoUser("watanabe", "渡辺", "明", List.of(StaffGroup.AUDITORS.id())),
			new DemoUser("yamamoto", "山本", "美香", List.of(StaffGroup.AUDITORS.id())),
			new DemoUser("nakamura", "中村", "結衣", List.of(StaffGroup.ASSISTANT_AUDITORS.id())),
			new DemoUser("kobayashi", "小林", "博", List.of(StaffGroup.COMMITTEE.id())),
			new DemoUser("kato", "加藤", "恵", List.of(StaffGroup.COMMITTEE.id())),
			new DemoUser("yoshida", "吉田", "剛", List.of(StaffGroup.PROCESS_DESIGNERS.id())),
			new DemoUser("yamada", "山田", "太郎", List.of(StaffGroup.CLIP_ADVISORS.id())),
			new DemoUser("sasaki", "佐々木", "直子", List.of(StaffGroup.CLIP_REVIEWERS.id())),
			// the applicant portal's technical user for the intake API
			new DemoUser("portal", "申請ポータル", "連携", List.of(StaffGroup.PORTAL_GROUP_ID)));

	private final IdentityService identityService;

	private final String password;

	DemoUsers(IdentityService identityService, @Value("${pmark.demo.password}") String password) {
		this.identityService = identityService;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoUser demo : USERS) {
			if (this.identityService.createUserQuery().userId(demo.id()).count() == 0) {
				User user = this.identityService.newUser(demo.id());
				user.setFirstName(demo.familyName());
				user.setLastName(demo.givenName());
				user.setEmail(demo.email());
				user.setPassword(this.password);
				this.identityService.saveUser(user);
			}
			for (String group : demo.groups()) {
				if (this.identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
					this.identityService.createMembership(demo.id(), group);
				}
			}
		}
	}

}
