package org.tongguan.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * Answers a request Spring Security's firewall rejects before any filter or controller sees it (an encoded slash or
 * percent, {@code //}, {@code ..;}, a NUL in the URL, …) with a 400 problem detail naming what it found, instead of
 * an error page. Spring Security uses the one {@link RequestRejectedHandler} bean of the context.
 */
@Component
class RejectedRequestProblems implements RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(RejectedRequestProblems.class);

	private final ProblemJson problems;

	RejectedRequestProblems(ObjectMapper json) {
		this.problems = new ProblemJson(json);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException rejected) throws IOException {
		log.debug("Rejected {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
		problems.write(response, ProblemJson.of(HttpStatus.BAD_REQUEST.value(), rejected.getMessage()));
	}
}
