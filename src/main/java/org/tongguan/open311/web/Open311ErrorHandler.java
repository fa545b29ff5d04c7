package org.tongguan.open311.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.TooManyRequestsException;
import org.tongguan.shared.Violation;

/**
 * Answers every error of the Open311 endpoints in the specification's format ({@code errors/error{code,
 * description}}, as XML or JSON after the path's extension) instead of the platform's problem details: 404 for what
 * does not exist, 403 for a missing or wrong {@code api_key}, 429 when a client sends too many requests and 400 for
 * everything else, including casework's validation with the report's fields named as Open311 parameters.
 */
@RestControllerAdvice(basePackageClasses = Open311ErrorHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(Open311ErrorHandler.class);

	/** Casework's field names for a report as the Open311 parameters they came from. */
	private static final Map<String, String> PARAMETERS = Map.of("location", "lat/long", "address", "address_string",
			"category", "service_code", "urgency", "attribute[urgency]", "reporter.name", "first_name/last_name",
			"reporter.phone", "phone");

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<byte[]> open311(Open311Exception e, HttpServletRequest request) {
		return errors(request, e.status(), e.descriptions());
	}

	/** A client over its per-minute budget (the rate limit of {@link Open311Configuration}): 429 and Retry-After. */
	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<byte[]> tooMany(TooManyRequestsException e, HttpServletRequest request) {
		ResponseEntity<byte[]> answer = errors(request, HttpStatus.TOO_MANY_REQUESTS, List.of(
				"Too many requests from this client; retry after " + e.retryAfterSeconds() + " seconds"));
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
			.body(answer.getBody());
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<byte[]> invalid(InvalidInputException e, HttpServletRequest request) {
		List<String> descriptions = e.violations().isEmpty() ? List.of(e.getMessage())
				: e.violations().stream().map(Open311ErrorHandler::describe).toList();
		return errors(request, HttpStatus.BAD_REQUEST, descriptions);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<byte[]> notFound(NotFoundException e, HttpServletRequest request) {
		return errors(request, HttpStatus.NOT_FOUND, List.of(e.getMessage()));
	}

	@ExceptionHandler({ ConflictException.class, IllegalArgumentException.class })
	ResponseEntity<byte[]> rejected(RuntimeException e, HttpServletRequest request) {
		return errors(request, HttpStatus.BAD_REQUEST, List.of(e.getMessage()));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	ResponseEntity<byte[]> forbidden(RuntimeException e, HttpServletRequest request) {
		return errors(request, HttpStatus.FORBIDDEN,
				List.of("The api_key's role or data scope does not allow this request -- can't proceed."));
	}

	/** Spring's own request errors keep their status; anything else is the spec's 400 General Service error. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
		if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return errors(request, response.getStatusCode(), List.of(e.getMessage()));
		}
		log.error("Open311 request {} {} failed", request.getMethod(), request.getRequestURI(), e);
		return errors(request, HttpStatus.BAD_REQUEST,
				List.of("General service error: the request could not be processed; the error is logged."));
	}

	private static String describe(Violation violation) {
		return violation.field() == null ? violation.message()
				: PARAMETERS.getOrDefault(violation.field(), violation.field()) + ": " + violation.message();
	}

	private static ResponseEntity<byte[]> errors(HttpServletRequest request, HttpStatusCode status,
			List<String> descriptions) {
		return Format.ofPath(request.getRequestURI())
			.respond(status, Node.items("errors", descriptions.stream()
				.map(description -> Node.element("error", Node.value("code", status.value()),
						Node.value("description", description)))
				.toList()));
	}
}
