package org.tongguan.casework.attachment.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tongguan.casework.attachment.AttachmentRejectedException;
import org.tongguan.shared.Violation;
import org.tongguan.shared.web.Problems;

/** Answers a refused upload as a 415 or 413 problem detail naming the {@code file} and what is wrong with it. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentProblems {

	@ExceptionHandler(AttachmentRejectedException.class)
	ProblemDetail rejected(AttachmentRejectedException e) {
		ProblemDetail problem = switch (e.reason()) {
			case UNSUPPORTED_TYPE -> Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported attachment",
					e.getMessage());
			case TOO_LARGE -> Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Attachment too large", e.getMessage());
		};
		problem.setProperty("errors", List.of(new Violation("file", e.getMessage())));
		return problem;
	}
}
