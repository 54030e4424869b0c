package jp.pmark.workflow.oversight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pmark.workflow.engine.Authenticated;
import jp.pmark.workflow.identity.StaffGroup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPEC §1: the managers' view as a page linked from Cockpit ({@code /oversight/}), behind
 * the webapps' login: the page and its data ({@code /oversight/api/summary},
 * {@code /oversight/api/cases}, the same as {@code /api/oversight}) answer only a person
 * logged in to the webapps who is an assessment manager or an administrator. Anyone else
 * gets 401 (not logged in; the page sends them to Cockpit's login) or 403, with a
 * Japanese message. Checked before anything is read ({@link OversightSessionCheck}).
 */
@RestController
class OversightPages {

	/** Who may see the view. */
	static final List<String> GROUPS = List.of(StaffGroup.ASSESSMENT_MANAGERS.id(), StaffGroup.ADMIN_GROUP_ID);

	/** The webapps' engine the login is for. */
	static final String ENGINE = "default";

	private final CaseOverview overview;

	private final CaseLists lists;

	private final String webappPath;

	OversightPages(CaseOverview overview, CaseLists lists,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		this.overview = overview;
		this.lists = lists;
		this.webappPath = webappPath;
	}

	/** The caller logged in to the webapps, if any. */
	static Optional<Authenticated> caller(HttpServletRequest request) {
		return Authenticated.inWebappSession(request.getSession(false), ENGINE);
	}

	@GetMapping({ "/oversight", "/oversight/" })
	ResponseEntity<String> page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (caller(request).isEmpty()) {
			// not logged in: Cockpit's login, which brings them back through its link
			return ResponseEntity.status(302).header("Location", this.webappPath + "/app/cockpit/default/").build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.body(resource("oversight/index.html"));
	}

	@GetMapping("/oversight/oversight.js")
	ResponseEntity<String> script() throws IOException {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.body(resource("oversight/oversight.js"));
	}

	/**
	 * Whether the person logged in to the webapps may see the managers' pages (Cockpit
	 * offers Human Tasks and 案件の状況 only then): 200 here, 401 or 403 from the check.
	 */
	@GetMapping("/oversight/api/access")
	Map<String, Boolean> access() {
		return Map.of("oversight", true);
	}

	@GetMapping("/oversight/api/summary")
	CaseOverview.Summary summary() {
		return this.overview.summary();
	}

	@GetMapping("/oversight/api/cases")
	CaseLists.CaseList cases(@RequestParam String list, @RequestParam(required = false) String process,
			@RequestParam(required = false) String activity, @RequestParam(defaultValue = "false") boolean late,
			@RequestParam(defaultValue = "0") int first, @RequestParam(defaultValue = "50") int max) {
		return this.lists.list(list, process, activity, late, first, max);
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
