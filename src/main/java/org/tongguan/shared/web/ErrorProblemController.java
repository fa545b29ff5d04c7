package org.tongguan.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Answers what the servlet container forwards to {@code /error} (an error status a filter or Tomcat set, such as a
 * query string it cannot decode) as a problem detail, in place of Spring Boot's error JSON and page. Not part of the
 * API: a client that asks for {@code /error} itself gets a 404.
 */
@Hidden
@RestController
class ErrorProblemController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		ProblemDetail problem = status instanceof Integer code
				? ProblemJson.of(code, message instanceof String text && !text.isBlank() ? text
						: "The request is malformed: its URL, parameters or headers cannot be read.")
				: ProblemJson.of(HttpStatus.NOT_FOUND.value(), "There is nothing at " + request.getRequestURI() + ".");
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
