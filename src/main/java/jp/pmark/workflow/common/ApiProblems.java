package jp.pmark.workflow.common;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.guard.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * GEN-2 on the API: a refusal is {@code application/problem+json} listing each field,
 * rule id and message (Japanese, with English beside it). Nothing is saved when a request
 * is refused.
 */
@RestControllerAdvice(basePackages = "jp.pmark.workflow")
class ApiProblems {

	static final URI RULE_VIOLATION = URI.create("https://pmark.jp/problems/rule-violation");

	static final URI FORBIDDEN = URI.create("https://pmark.jp/problems/forbidden");

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolation(RuleViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(RULE_VIOLATION);
		problem.setTitle("入力が規則に反するため受け付けられません");
		problem.setProperty("violations", violations(ex.violations()));
		return problem;
	}

	@ExceptionHandler(ApiAccessDeniedException.class)
	ProblemDetail forbidden(ApiAccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setType(FORBIDDEN);
		problem.setTitle("この操作は許可されていません");
		return problem;
	}

	static List<Map<String, String>> violations(List<RuleViolation> violations) {
		return violations.stream().map((violation) -> {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("field", violation.field());
			entry.put("rule", violation.ruleId());
			entry.put("message", violation.messageJa());
			entry.put("messageEn", violation.messageEn());
			return entry;
		}).toList();
	}

}
