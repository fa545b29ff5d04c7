package org.tongguan.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.ObjectMapper;

/**
 * Writes a problem detail as {@code application/problem+json} where no Spring MVC controller answers: the security
 * firewall and Tomcat's own error report.
 */
final class ProblemJson {

	private final ObjectMapper json;

	ProblemJson(ObjectMapper json) {
		this.json = json;
	}

	/** The problem for a client error, or the platform's standard one for a server error. */
	static ProblemDetail of(int status, String clientErrorDetail) {
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatus resolved = known == null ? (status < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR)
				: known;
		return resolved.is4xxClientError() ? Problems.of(resolved, resolved.getReasonPhrase(), clientErrorDetail)
				: Problems.of(resolved, resolved.getReasonPhrase(),
						"The platform could not answer this request; the error is logged.");
	}

	/** The problem as JSON text. */
	String text(ProblemDetail problem) {
		return json.writeValueAsString(problem);
	}

	/** Sets the response's status and content type and writes the problem as its body. */
	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(text(problem));
	}
}
