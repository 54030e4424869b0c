package jp.pmark.workflow.common;

import java.beans.PropertyDescriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jp.pmark.workflow.engine.RefusedFormException;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * GEN-2 on the API: every refusal is {@code application/problem+json} listing each field,
 * rule id and message (Japanese, with English beside it), whatever went wrong: a rule, a
 * value of the wrong type, an impossible date, an unknown choice, a field given twice or
 * not offered, unreadable JSON, a broken multipart body, a file or request too large, a
 * wrong media type or method. Nothing is saved when a request is refused, and bad input
 * is never a 500.
 * <p>
 * Longer than 300 lines on purpose: one handler per kind of failure Spring and the engine
 * raise, each answered in the same problem shape, read side by side.
 */
@RestControllerAdvice
class ApiProblems {

	static final URI RULE_VIOLATION = URI.create("https://pmark.jp/problems/rule-violation");

	static final URI FORBIDDEN = URI.create("https://pmark.jp/problems/forbidden");

	static final URI CONFLICT = URI.create("https://pmark.jp/problems/conflict");

	private static final Log LOG = LogFactory.getLog(ApiProblems.class);

	private static final Set<String> FORM_MEDIA = Set.of(MediaType.MULTIPART_FORM_DATA_VALUE,
			MediaType.APPLICATION_FORM_URLENCODED_VALUE);

	/**
	 * A form field nobody offered, or a single-valued field given twice ("A" and "B" are
	 * never stored as "A,B"), is refused before anything binds.
	 */
	@InitBinder
	void refuseUnknownAndRepeatedFields(WebDataBinder binder, NativeWebRequest request) {
		Class<?> target = (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
		String contentType = request.getHeader("Content-Type");
		if (target == null || !target.getName().startsWith("jp.pmark.workflow") || contentType == null
				|| FORM_MEDIA.stream().noneMatch(contentType.toLowerCase(java.util.Locale.ROOT)::startsWith)) {
			return;
		}
		Map<String, Class<?>> properties = new LinkedHashMap<>();
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(target)) {
			if (property.getWriteMethod() != null) {
				properties.put(property.getName(), property.getPropertyType());
			}
		}
		Rules rules = new Rules();
		request.getParameterMap().forEach((name, values) -> {
			Class<?> type = properties.get(name);
			if (type == null) {
				rules.refuse(name, RuleId.GEN_2, "there-no-field", name);
			}
			else if (values.length > 1 && !Collection.class.isAssignableFrom(type) && !type.isArray()) {
				rules.refuse(name, RuleId.GEN_2, "give-field-once-counted", values.length);
			}
		});
		org.springframework.web.multipart.MultipartRequest multipart = request
			.getNativeRequest(org.springframework.web.multipart.MultipartRequest.class);
		if (multipart != null) {
			multipart.getMultiFileMap().forEach((name, files) -> {
				Class<?> type = properties.get(name);
				if (type == null || (MultipartFile.class != type && !Collection.class.isAssignableFrom(type))) {
					rules.refuse(name, RuleId.GEN_2, "field-takes-no-file", name);
				}
			});
		}
		rules.throwIfAny();
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(CONFLICT);
		problem.setTitle("すでに記録された内容と異なるため受け付けられません");
		problem.setProperty("violations", violations(ex.violations()));
		return problemResponse(problem);
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
		return refusal(HttpStatus.BAD_REQUEST, ex.violations());
	}

	/**
	 * A task's form refused what an API call submitted on the caller's behalf (e.g. a
	 * later incident report that completes the task awaiting it): the same 400 as any
	 * rule of the API, naming the field.
	 */
	@ExceptionHandler(RefusedFormException.class)
	ResponseEntity<ProblemDetail> refusedForm(RefusedFormException ex) {
		return refusal(HttpStatus.BAD_REQUEST, ex.violations());
	}

	@ExceptionHandler(ApiAccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(ApiAccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setType(FORBIDDEN);
		problem.setTitle("この操作は許可されていません");
		return problemResponse(problem);
	}

	/** A multipart or form field that does not convert: a number, a date, a choice. */
	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> binding(BindException ex) {
		List<RuleViolation> violations = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			violations.add(wrongValue(error.getField(), ex.getTarget(), error.getRejectedValue()));
		}
		if (violations.isEmpty()) {
			violations.add(RuleViolation.of("request", RuleId.GEN_2, "input-cannot-read"));
		}
		return refusal(HttpStatus.BAD_REQUEST, violations);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException ex) {
		return refusal(HttpStatus.BAD_REQUEST, List.of(wrongValue(ex.getName(), ex.getRequiredType(), ex.getValue())));
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "request";
		return refusal(HttpStatus.BAD_REQUEST, List.of(wrongValue(field, ex.getRequiredType(), ex.getValue())));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return refusal(HttpStatus.BAD_REQUEST, List
			.of(RuleViolation.of(ex.getParameterName(), RuleId.GEN_2, "give-parameter", ex.getParameterName())));
	}

	/** JSON that cannot be read, or a value of the wrong type, named by its path. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			return refusal(HttpStatus.BAD_REQUEST,
					List.of(RuleViolation.of(field, RuleId.GEN_2, "there-no-field", unknown.getPropertyName())));
		}
		if (cause instanceof InvalidFormatException invalid) {
			return refusal(HttpStatus.BAD_REQUEST,
					List.of(wrongValue(path(invalid), invalid.getTargetType(), invalid.getValue())));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return refusal(HttpStatus.BAD_REQUEST,
					List.of(wrongValue(path(mismatched), mismatched.getTargetType(), null)));
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return refusal(HttpStatus.BAD_REQUEST, List.of(wrongValue(path(mapping), null, null)));
		}
		String detail = (cause instanceof JsonProcessingException json && json.getOriginalMessage() != null)
				? json.getOriginalMessage().replaceAll("[\\r\\n]+", " ") : "";
		boolean duplicate = detail.startsWith("Duplicate field");
		String field = duplicate ? detail.replaceAll("^Duplicate field '([^']*)'.*$", "$1") : "body";
		return refusal(HttpStatus.BAD_REQUEST,
				List.of(duplicate ? RuleViolation.of(field, RuleId.GEN_2, "give-field-once")
						: RuleViolation.of(field, RuleId.GEN_2, "body-unreadable", detail)));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return refusal(HttpStatus.PAYLOAD_TOO_LARGE,
				List.of(RuleViolation.of("files", RuleId.INT_2, "file-too-large")));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> brokenMultipart(MultipartException ex) {
		if (ex.getCause() != null && ex.getCause().getClass().getSimpleName().contains("SizeLimitExceeded")) {
			return tooLarge(null);
		}
		return refusal(HttpStatus.BAD_REQUEST,
				List.of(RuleViolation.of("body", RuleId.GEN_2, "multipart-body-broken-incomplete")));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		String supported = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.joining(", "));
		return refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				List.of(RuleViolation.of("Content-Type", RuleId.GEN_2, "media-type-not-accepted", supported)));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
				RuleViolation.of("Accept", RuleId.GEN_2, "json-responses-only").messageJaWithRule());
		problem.setType(RULE_VIOLATION);
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return refusal(HttpStatus.METHOD_NOT_ALLOWED,
				List.of(RuleViolation.of("method", RuleId.GEN_2, "url-does-not-take", ex.getMethod())));
	}

	/**
	 * An address nothing answers: a browser gets the product's Japanese page, any other
	 * client the problem.
	 */
	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<?> notFound(NoResourceFoundException ex, HttpServletRequest request) {
		if (ErrorPages.wantsPage(request)) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "この URL はありません。");
		return problemResponse(problem);
	}

	/**
	 * A rule that held only when the row was written (a text longer than its column, seen
	 * at commit), or two requests for the same record at once that the database
	 * serialised: a refusal or a conflict, never a 500.
	 */
	@ExceptionHandler({ org.springframework.transaction.TransactionSystemException.class,
			ObjectOptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
			org.springframework.dao.DataIntegrityViolationException.class })
	ResponseEntity<ProblemDetail> atCommit(Exception ex, HttpServletRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RuleViolationException violation) {
				return ruleViolation(violation);
			}
		}
		LOG.info("request " + request.getMethod() + " " + request.getRequestURI() + " met a concurrent change: " + ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				RuleViolation.of("request", RuleId.GEN_2, "changed-concurrently").messageJaWithRule());
		problem.setType(CONFLICT);
		problem.setTitle("同時に変更されました");
		return problemResponse(problem);
	}

	static ResponseEntity<ProblemDetail> refusal(HttpStatus status, List<RuleViolation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, RuleViolationException.message(violations));
		problem.setType(RULE_VIOLATION);
		problem.setTitle("入力が規則に反するため受け付けられません");
		problem.setProperty("violations", violations(violations));
		return problemResponse(problem);
	}

	private static ResponseEntity<ProblemDetail> problemResponse(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static RuleViolation wrongValue(String field, Object target, Object value) {
		Class<?> type = null;
		if (target instanceof Class<?> given) {
			type = given;
		}
		else if (target != null) {
			try {
				type = BeanUtils.getPropertyDescriptor(target.getClass(), field).getPropertyType();
			}
			catch (RuntimeException ex) {
				type = null;
			}
		}
		return wrongValueOfType(field, type);
	}

	private static RuleViolation wrongValueOfType(String field, Class<?> type) {
		if (type != null && type.isEnum()) {
			String allowed = java.util.Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
			return RuleViolation.of(field, RuleId.GEN_2, "choose-one", allowed);
		}
		if (type == java.time.LocalDate.class) {
			return RuleViolation.of(field, RuleId.GEN_2, "date-must-real-day-written");
		}
		if (type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class)) {
			return RuleViolation.of(field, RuleId.GEN_2, "enter-whole-number");
		}
		if (type == boolean.class || type == Boolean.class) {
			return RuleViolation.of(field, RuleId.GEN_2, "give-true-false");
		}
		return RuleViolation.of(field, RuleId.GEN_2, "value-field-wrong-form");
	}

	private static String path(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
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
