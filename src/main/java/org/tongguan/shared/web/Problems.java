package org.tongguan.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.tongguan.shared.Violation;

/** Builds the platform's RFC 9457 problem details, so every module answers errors the same way. */
public final class Problems {

	private Problems() {
	}

	/** A problem with the given status, title and detail. */
	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** A 400 problem listing every violation under {@code errors}. */
	public static ProblemDetail invalid(String detail, List<Violation> violations) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "Invalid input", detail);
		problem.setProperty("errors", violations);
		return problem;
	}
}
