package org.tongguan.shared.web;

import java.time.Clock;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.tongguan.shared.TooManyRequestsException;

/**
 * Takes every request it sees from its client address's budget in a {@link RateLimiter} before the handler runs; a
 * client over budget gets a {@link TooManyRequestsException} (429 with {@code Retry-After}), which each API answers in
 * its own error format. The public endpoints (citizen intake, Open311) register one per path.
 */
public final class RateLimitInterceptor implements HandlerInterceptor {

	private final Function<HttpServletRequest, RateLimiter> budgets;

	/** One budget for every request. */
	public RateLimitInterceptor(RateLimiter budget) {
		this(request -> budget);
	}

	/** A budget of {@code perMinute} requests per client address, as {@link RateLimiter#RateLimiter(int, Clock)}. */
	public static RateLimitInterceptor perMinute(int perMinute, Clock clock) {
		return new RateLimitInterceptor(new RateLimiter(perMinute, clock));
	}

	/** The budget a request counts against, chosen per request (e.g. posts and reads apart). */
	public RateLimitInterceptor(Function<HttpServletRequest, RateLimiter> budgets) {
		this.budgets = budgets;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		long wait = budgets.apply(request).acquire(request.getRemoteAddr());
		if (wait > 0) {
			throw new TooManyRequestsException(wait);
		}
		return true;
	}
}
