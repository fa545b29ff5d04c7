package org.tongguan.shared.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per client: each client may make {@code perMinute} requests in a burst, and one more every
 * {@code 60 / perMinute} seconds after that; one client's bucket never affects another's. Once many clients have
 * been seen, the buckets of clients idle for a minute (full again) are dropped, at most once a second. Public
 * endpoints (Open311, citizen intake) limit each client address with one.
 */
public final class RateLimiter {

	private static final int MAX_CLIENTS = 10_000;

	private static final long MINUTE = 60_000;

	private final int perMinute;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong lastSweep = new AtomicLong();

	public RateLimiter(int perMinute, Clock clock) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("A rate limit needs at least one request per minute: " + perMinute);
		}
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** Takes one request from the client's budget: 0 when allowed, else the seconds until it may ask again. */
	public long acquire(String client) {
		long now = clock.millis();
		long swept = lastSweep.get();
		if (buckets.size() > MAX_CLIENTS && now - swept >= 1000 && lastSweep.compareAndSet(swept, now)) {
			buckets.values().removeIf(bucket -> bucket.idleSince(now) >= MINUTE);
		}
		return buckets.computeIfAbsent(client, key -> new Bucket(perMinute, now)).take(now);
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
			tokens = Math.min(perMinute, tokens + Math.max(0, now - updated) * perMinute / (double) MINUTE);
			updated = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - tokens) * MINUTE / perMinute / 1000);
		}
	}
}
