package jp.pmark.workflow.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pmark.workflow.engine.Authenticated;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of the engine's API, on every mount: {@code /engine-rest} (HTTP Basic) and the
 * webapps' {@code /camunda/api/**} (the engine's API under {@code /camunda/api/engine}
 * and the plugin APIs of Cockpit, Tasklist and Admin, with the logged-in session). Each
 * call is resolved to its operation and let through only when {@link ApiPolicy} allows it
 * to one of the caller's groups; everything else answers 403, for everyone but the
 * administrators. So a rule the product keeps (what a form accepts, who may decide, which
 * case a person sees) cannot be reached around through a generic verb, and an endpoint a
 * Camunda update adds stays closed until someone decides.
 */
final class ApiGate extends OncePerRequestFilter {

	/** The answer's header that says the gate refused the call. */
	static final String DENIED_HEADER = "X-Pmark-Api-Gate";

	private final IdentityService identityService;

	private final ApiPolicy policy;

	private final Path learnFile;

	private final AdminInterventions interventions;

	ApiGate(IdentityService identityService, ApiPolicy policy, Path learnFile, AdminInterventions interventions) {
		this.identityService = identityService;
		this.policy = policy;
		this.learnFile = learnFile;
		this.interventions = interventions;
	}

	/** The caller as the mount knows them. */
	record Caller(String userId, Set<String> groups) {

		boolean isAdmin() {
			return this.groups.contains(ApiPolicy.ADMIN_GROUP);
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		ApiCall call = ApiCall.of(request.getMethod(), uri);
		Caller caller = caller(request, call);
		ApiPolicy.Decision decision = this.policy.decide(call, caller);
		if (this.learnFile != null) {
			learn(call, caller, decision);
			chain.doFilter(request, response);
			return;
		}
		if (decision == ApiPolicy.Decision.ALLOW && caller != null && AdminInterventions.isIntervention(call)) {
			intervene(request, response, chain, call, caller);
			return;
		}
		switch (decision) {
			case ALLOW -> chain.doFilter(request, response);
			case LOGIN -> refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "ログインしてください。");
			case DENY -> refuse(response, HttpServletResponse.SC_FORBIDDEN,
					"この操作（" + call.describe() + "）は許可されていません。業務は Tasklist のフォームと製品の API から行ってください。");
		}
	}

	/**
	 * An administrator's intervention in a case: only with a reason, and recorded in the
	 * case's journal once done (GEN-1).
	 */
	private void intervene(HttpServletRequest request, HttpServletResponse response, FilterChain chain, ApiCall call,
			Caller caller) throws IOException, ServletException {
		String reason = AdminInterventions.reason(request.getHeader(AdminInterventions.REASON_HEADER));
		if (reason == null) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST,
					RuleViolation
						.of(AdminInterventions.REASON_HEADER, RuleId.GEN_1, "intervention-reason-missing",
								AdminInterventions.REASON_HEADER)
						.messageJaWithRule());
			return;
		}
		java.util.Optional<AdminInterventions.Case> target = this.interventions.caseOf(call);
		chain.doFilter(request, response);
		if (response.getStatus() < 300 && target.isPresent()) {
			this.interventions.record(target.get(), call, reason, caller.userId());
		}
	}

	private Caller caller(HttpServletRequest request, ApiCall call) {
		if (call.mount() == ApiCall.Mount.ENGINE_REST) {
			// set by the Basic authentication filter, which runs first
			return Authenticated.current(this.identityService).map(ApiGate::caller).orElse(null);
		}
		return Authenticated.inWebappSession(request.getSession(false), "default").map(ApiGate::caller).orElse(null);
	}

	private static Caller caller(Authenticated authenticated) {
		return new Caller(authenticated.userId(), Set.copyOf(authenticated.groupIds()));
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		byte[] body = ("{\"type\":\"AuthorizationException\",\"message\":\"" + message.replace("\"", "'") + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setHeader(DENIED_HEADER, "denied");
		response.setContentType("application/json;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private synchronized void learn(ApiCall call, Caller caller, ApiPolicy.Decision decision) throws IOException {
		String line = ((caller == null) ? "-" : String.join(",", caller.groups().stream().sorted().toList())) + "\t"
				+ call.mount() + "\t" + call.describe() + "\t" + decision + "\n";
		Files.writeString(this.learnFile, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/** A call of the API: its mount and what it reaches. */
	record ApiCall(Mount mount, String method, String path, Optional<EngineApiOperations.Operation> operation) {

		enum Mount {

			ENGINE_REST, WEBAPP_ENGINE, WEBAPP_PLUGIN

		}

		static ApiCall of(String method, String uri) {
			if (uri.startsWith("/engine-rest")) {
				return engine(Mount.ENGINE_REST, method, engineRelative(uri.substring("/engine-rest".length()), false));
			}
			if (uri.startsWith("/camunda/api/engine")) {
				return engine(Mount.WEBAPP_ENGINE, method,
						engineRelative(uri.substring("/camunda/api/engine".length()), true));
			}
			return new ApiCall(Mount.WEBAPP_PLUGIN, method, uri, Optional.empty());
		}

		private static ApiCall engine(Mount mount, String method, String path) {
			return new ApiCall(mount, method, path, EngineApiOperations.all().resolve(method, path));
		}

		/**
		 * The path relative to the engine: {@code /engine/default/task} and (on
		 * {@code /engine-rest}) {@code /task} are both {@code /task}.
		 */
		private static String engineRelative(String path, boolean named) {
			if (path.isEmpty() || "/".equals(path) || "/engine".equals(path) || "/engine/".equals(path)) {
				return "/engine";
			}
			if (path.startsWith("/engine/")) {
				int next = path.indexOf('/', "/engine/".length());
				return (next < 0) ? "/" : path.substring(next);
			}
			return named ? "/unknown" + path : path;
		}

		String describe() {
			return this.operation.map(EngineApiOperations.Operation::toString)
				.orElse(this.method + " " + generalized(this.path));
		}

		/** Ids in a path as {id}, for messages and the learning log. */
		static String generalized(String path) {
			return path.replaceAll("/[0-9a-fA-F]{8}-[0-9a-fA-F-]{27,}", "/{id}").replaceAll("/\\d+(?=/|$)", "/{n}");
		}

	}

}
