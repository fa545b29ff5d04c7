package org.tongguan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Token buckets per client: bursts up to the budget, steady refill over its period, no client blocks another. */
class RateLimiterTests {

	private Instant now = Instant.parse("2026-11-21T02:00:00Z");

	private final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	@Test
	void allowsABurstOfTheBudgetThenOneRequestPerShareOfAMinute() {
		RateLimiter limiter = new RateLimiter(60, clock);
		for (int i = 0; i < 60; i++) {
			assertThat(limiter.acquire("10.0.0.1")).isZero();
		}

		assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
		now = now.plus(Duration.ofMillis(999));
		assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
		now = now.plus(Duration.ofSeconds(1));
		assertThat(limiter.acquire("10.0.0.1")).isZero();
		assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
	}

	@Test
	void oneClientOverBudgetNeverBlocksAnother() {
		RateLimiter limiter = new RateLimiter(2, clock);
		limiter.acquire("10.0.0.1");
		limiter.acquire("10.0.0.1");

		assertThat(limiter.acquire("10.0.0.1")).isEqualTo(30);
		assertThat(limiter.acquire("10.0.0.2")).isZero();
	}

	@Test
	void aBudgetOverAnotherPeriodRefillsOverThatPeriod() {
		RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(3), clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.acquire("gauge-1")).isZero();
		}

		assertThat(limiter.acquire("gauge-1")).isEqualTo(60);
		now = now.plus(Duration.ofMinutes(1));
		assertThat(limiter.acquire("gauge-1")).isZero();
	}

	@Test
	void tellsTheWaitWithoutTakingFromTheBudget() {
		RateLimiter limiter = new RateLimiter(2, clock);
		assertThat(limiter.waitOf("10.0.0.1")).isZero();
		limiter.acquire("10.0.0.1");
		assertThat(limiter.waitOf("10.0.0.1")).isZero();
		assertThat(limiter.waitOf("10.0.0.1")).isZero();
		limiter.acquire("10.0.0.1");

		assertThat(limiter.waitOf("10.0.0.1")).isEqualTo(30);
		now = now.plus(Duration.ofSeconds(30));
		assertThat(limiter.waitOf("10.0.0.1")).isZero();
	}

	@Test
	void aClientIdleForAMinuteHasItsWholeBudgetAgain() {
		RateLimiter limiter = new RateLimiter(3, clock);
		for (int i = 0; i < 3; i++) {
			limiter.acquire("10.0.0.1");
		}
		now = now.plus(Duration.ofMinutes(5));

		for (int i = 0; i < 3; i++) {
			assertThat(limiter.acquire("10.0.0.1")).isZero();
		}
		assertThat(limiter.acquire("10.0.0.1")).isPositive();
	}
}
