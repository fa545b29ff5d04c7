package org.tongguan.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.OutOfScopeException;
import org.tongguan.shared.TooManyRequestsException;
import org.tongguan.shared.Violation;

/**
 * Answers every API error as an RFC 9457 problem detail; invalid input carries an {@code errors} list of
 * field-level {@link Violation}s.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException e) {
		return Problems.invalid(e.getMessage(), e.violations());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return Problems.of(HttpStatus.CONFLICT, "Conflict", e.getMessage());
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return Problems.invalid("Invalid parameter", List.of(new Violation(e.getName(),
				"cannot read '" + e.getValue() + "' as " + simpleName(e.getRequiredType()))));
	}

	/**
	 * A body that is not the multipart request the endpoint reads (Spring's own multipart errors with a status, such
	 * as a too large upload, answer through {@link ResponseEntityExceptionHandler}).
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail notMultipart(MultipartException e) {
		return Problems.invalid("Unreadable multipart request", List.of(new Violation("body",
				"must be multipart/form-data with the parts the operation names: " + firstLine(e))));
	}

	/** A header or parameter the security firewall refuses when a controller reads it (a control character, NUL). */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejected(RequestRejectedException e) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Bad Request", e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException e) {
		return Problems.invalid(e.getMessage(), List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role or data scope does not allow this.");
	}

	@ExceptionHandler(OutOfScopeException.class)
	ProblemDetail outOfScope(OutOfScopeException e) {
		ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
		problem.setProperty("errors", e.violations());
		return problem;
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException e) {
		return Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected error answering an API request", e);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The platform could not answer this request; the error is logged.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new Violation(error.getField(), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid("Invalid request body", violations));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new Violation(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid("Invalid request parameters", violations));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(Problems.invalid("Malformed request body", List.of(new Violation("body", firstLine(ex)))));
	}

	private static String firstLine(NestedRuntimeException e) {
		String cause = e.getMostSpecificCause().getMessage();
		return cause == null ? "unreadable body" : cause.lines().findFirst().orElse(cause);
	}

	/** The type a client sends, e.g. {@code long} for a typed id such as {@code CaseId(long value)}. */
	private static String simpleName(Class<?> type) {
		if (type == null) {
			return "the expected type";
		}
		RecordComponent[] components = type.getRecordComponents();
		return components != null && components.length == 1 ? components[0].getType().getSimpleName()
				: type.getSimpleName();
	}
}
