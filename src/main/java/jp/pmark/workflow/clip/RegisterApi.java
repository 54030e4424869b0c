package jp.pmark.workflow.clip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CLIP-7: the public register, for anyone, without a login: the page ({@code /register/})
 * and its lookup ({@code /register/search}), by exactly one of {@code certificateNumber},
 * {@code name} or {@code corporateNumber}. Not under {@code /api}, which requires a
 * login; limited per client and answered with safe headers by {@link RegisterGate}. A
 * refusal is the API's problem JSON naming the parameter and CLIP-7 (common.ApiProblems
 * answers every controller).
 */
@RestController
class RegisterApi {

	static final String SEARCH = "/register/search";

	private final RegisterSearch search;

	RegisterApi(RegisterSearch search) {
		this.search = search;
	}

	@GetMapping(SEARCH)
	Map<String, Object> search(HttpServletRequest request) {
		RegisterQuery query = RegisterQuery.of(request.getParameterMap());
		List<Map<String, Object>> results = this.search.search(query);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", Map.of(query.key().parameter(), query.value()));
		body.put("results", results);
		return body;
	}

	/** The page's own address ends with a slash: its script and styles are beside it. */
	@GetMapping("/register")
	ResponseEntity<Void> toPage(HttpServletRequest request) {
		return ResponseEntity.status(302).header("Location", request.getContextPath() + "/register/").build();
	}

	@GetMapping("/register/")
	ResponseEntity<String> page() throws IOException {
		try (InputStream in = new ClassPathResource("public/register/index.html").getInputStream()) {
			return ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

}
