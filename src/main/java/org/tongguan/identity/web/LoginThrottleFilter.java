package org.tongguan.identity.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tongguan.identity.login.LoginThrottle;

/** Answers 429 to login attempts (console form and token requests) beyond the per-address limit. */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final RequestMatcher logins;

	private final LoginThrottle throttle;

	private final ProblemResponses problems;

	LoginThrottleFilter(RequestMatcher logins, LoginThrottle throttle, ProblemResponses problems) {
		this.logins = logins;
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (logins.matches(request)) {
			Optional<Duration> wait = throttle.attempt(request.getRemoteAddr());
			if (wait.isPresent()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
				problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many login attempts",
						"Too many login attempts from your address; try again in " + wait.get().toSeconds()
								+ " seconds.");
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
