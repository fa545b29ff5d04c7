package org.tongguan.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.tongguan.shared.web.RateLimiter;

/**
 * Limits the public Open311 endpoints per client address: posted requests by one budget, reads by another; a client
 * over budget is answered 429 in the Open311 error format.
 */
class RateLimitInterceptor implements HandlerInterceptor {

	private final RateLimiter posts;

	private final RateLimiter reads;

	RateLimitInterceptor(RateLimiter posts, RateLimiter reads) {
		this.posts = posts;
		this.reads = reads;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		RateLimiter limiter = HttpMethod.POST.matches(request.getMethod()) ? posts : reads;
		long wait = limiter.acquire(request.getRemoteAddr());
		if (wait > 0) {
			throw new TooManyRequestsException(wait);
		}
		return true;
	}
}
