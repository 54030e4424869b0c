package jp.pmark.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may make which call of the engine's API (both mounts) and of the webapps' plugin
 * APIs: an allow-list of exactly the calls Tasklist and Cockpit make for each group,
 * found by driving the webapps in a browser. Administrators may make every call but the
 * anonymous first-user setup; nobody else any call not listed.
 */
final class ApiPolicy {

	static final String ADMIN_GROUP = "camunda-admin";

	enum Decision {

		ALLOW, DENY, LOGIN

	}

	/** A rule: the calls it matches and the groups it lets make them. */
	record Rule(String method, Pattern path, Set<String> groups, boolean engine) {

		boolean matches(ApiGate.ApiCall call) {
			if (!this.method.equals(call.method()) && !("GET".equals(this.method) && "HEAD".equals(call.method()))) {
				return false;
			}
			if (this.engine) {
				return call.operation().isPresent() && this.path.matcher(call.operation().get().template()).matches();
			}
			return call.mount() == ApiGate.ApiCall.Mount.WEBAPP_PLUGIN && this.path.matcher(call.path()).matches();
		}

	}

	private final List<Rule> rules = new ArrayList<>();

	private final List<Rule> anonymous = new ArrayList<>();

	private final List<Rule> neverAllowed = new ArrayList<>();

	Decision decide(ApiGate.ApiCall call, ApiGate.Caller caller) {
		if (this.neverAllowed.stream().anyMatch((rule) -> rule.matches(call))) {
			return Decision.DENY;
		}
		if (this.anonymous.stream().anyMatch((rule) -> rule.matches(call))) {
			return Decision.ALLOW;
		}
		if (caller == null) {
			return Decision.LOGIN;
		}
		if (caller.isAdmin()) {
			return Decision.ALLOW;
		}
		for (Rule rule : this.rules) {
			if (rule.matches(call) && caller.groups().stream().anyMatch(rule.groups()::contains)) {
				return Decision.ALLOW;
			}
		}
		return Decision.DENY;
	}

	List<Rule> rules() {
		return List.copyOf(this.rules);
	}

	/**
	 * Lets the groups make these calls of the engine's API, each
	 * {@code METHOD /template}.
	 */
	ApiPolicy engine(Set<String> groups, String... operations) {
		for (String operation : operations) {
			int space = operation.indexOf(' ');
			this.rules.add(new Rule(operation.substring(0, space),
					Pattern.compile(Pattern.quote(operation.substring(space + 1))), groups, true));
		}
		return this;
	}

	ApiPolicy plugin(String method, String pathRegex, Set<String> groups) {
		this.rules.add(new Rule(method, Pattern.compile(pathRegex), groups, false));
		return this;
	}

	ApiPolicy anonymousPlugin(String method, String pathRegex) {
		this.anonymous.add(new Rule(method, Pattern.compile(pathRegex), Set.of(), false));
		return this;
	}

	ApiPolicy anonymousEngine(String operation) {
		int space = operation.indexOf(' ');
		this.anonymous.add(new Rule(operation.substring(0, space),
				Pattern.compile(Pattern.quote(operation.substring(space + 1))), Set.of(), true));
		return this;
	}

	/** Whether nobody at all may make the engine operation. */
	boolean forbidsEveryone(EngineApiOperations.Operation operation) {
		ApiGate.ApiCall call = new ApiGate.ApiCall(ApiGate.ApiCall.Mount.ENGINE_REST, operation.method(),
				operation.template(), java.util.Optional.of(operation));
		return this.neverAllowed.stream().anyMatch((rule) -> rule.matches(call));
	}

	/** Whether the groups may make the engine operation (for the endpoint matrix). */
	boolean allows(EngineApiOperations.Operation operation, Set<String> groups) {
		ApiGate.ApiCall call = new ApiGate.ApiCall(ApiGate.ApiCall.Mount.ENGINE_REST, operation.method(),
				operation.template(), java.util.Optional.of(operation));
		return decide(call, new ApiGate.Caller("matrix", groups)) == Decision.ALLOW;
	}

	/** Calls of the engine's API nobody may make, administrators included. */
	ApiPolicy neverEngine(String... operations) {
		for (String operation : operations) {
			int space = operation.indexOf(' ');
			this.neverAllowed.add(new Rule(operation.substring(0, space),
					Pattern.compile(Pattern.quote(operation.substring(space + 1))), Set.of(), true));
		}
		return this;
	}

	ApiPolicy never(String method, String pathRegex) {
		this.neverAllowed.add(new Rule(method, Pattern.compile(pathRegex), Set.of(), false));
		return this;
	}

}
