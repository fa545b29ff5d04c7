package org.tongguan.open311.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A client sent more requests than its per-minute budget; answered 429 with {@code Retry-After}. */
class TooManyRequestsException extends Open311Exception {

	private final long retryAfterSeconds;

	TooManyRequestsException(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, List.of("Too many requests from this client; retry after "
				+ retryAfterSeconds + " seconds"));
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
