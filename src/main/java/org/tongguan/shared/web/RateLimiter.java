package org.tongguan.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per client: each client may make {@code capacity} requests in a burst, and one more every
 * {@code period / capacity} after that (by default a per-minute budget); one client's bucket never affects another's.
 * Once many clients have been seen, the buckets of clients idle for a period (full again) are dropped, at most once a
 * second. Public endpoints (Open311, citizen intake) limit each client address with one, logins count failures.
 */
public final class RateLimiter {

	private static final int MAX_CLIENTS = 10_000;

	private final int capacity;

	private final long period;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong lastSweep = new AtomicLong();

	/** {@code perMinute} requests in a burst, refilled over a minute. */
	public RateLimiter(int perMinute, Clock clock) {
		this(perMinute, Duration.ofMinutes(1), clock);
	}

	/** {@code capacity} requests in a burst, an empty bucket refilled over {@code period}. */
	public RateLimiter(int capacity, Duration period, Clock clock) {
		if (capacity < 1 || period.toMillis() < 1) {
			throw new IllegalArgumentException("A rate limit needs at least one request per period: " + capacity);
		}
		this.capacity = capacity;
		this.period = period.toMillis();
		this.clock = clock;
	}

	/** Takes one request from the client's budget: 0 when allowed, else the seconds until it may ask again. */
	public long acquire(String client) {
		long now = clock.millis();
		long swept = lastSweep.get();
		if (buckets.size() > MAX_CLIENTS && now - swept >= 1000 && lastSweep.compareAndSet(swept, now)) {
			buckets.values().removeIf(bucket -> bucket.idleSince(now) >= period);
		}
		return buckets.computeIfAbsent(client, key -> new Bucket(capacity, now)).take(now);
	}

	/** The seconds until the client may make a request, 0 when it may now; takes nothing from its budget. */
	public long waitOf(String client) {
		Bucket bucket = buckets.get(client);
		return bucket == null ? 0 : bucket.secondsToWait(clock.millis());
	}

	/** One client's budget. */
	private final class Bucket {

		private double tokens;

		private long updated;

		Bucket(double tokens, long updated) {
			this.tokens = tokens;
			this.updated = updated;
		}

		synchronized long idleSince(long now) {
			return now - updated;
		}

		synchronized long take(long now) {
			long wait = secondsToWait(now);
			if (wait == 0) {
				tokens -= 1;
			}
			return wait;
		}

		synchronized long secondsToWait(long now) {
			tokens = Math.min(capacity, tokens + Math.max(0, now - updated) * capacity / (double) period);
			updated = Math.max(updated, now);
			return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * period / capacity / 1000);
		}
	}
}
