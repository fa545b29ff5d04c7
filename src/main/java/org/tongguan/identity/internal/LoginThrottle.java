package org.tongguan.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits how many login attempts one client address may make per minute (a sliding window, kept in memory on each
 * node).
 */
@Component
public class LoginThrottle {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final int MAX_TRACKED_ADDRESSES = 10_000;

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final Map<String, Instant> lastAudited = new ConcurrentHashMap<>();

	private final IdentityProperties properties;

	private final SecurityAudit audit;

	private final Clock clock;

	LoginThrottle(IdentityProperties properties, SecurityAudit audit, Clock clock) {
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Counts an attempt from the address; empty when it may go ahead, otherwise how long until it may try again.
	 */
	public Optional<Duration> attempt(String address) {
		Instant now = clock.instant();
		Instant windowStart = now.minus(WINDOW);
		if (attempts.size() > MAX_TRACKED_ADDRESSES) {
			attempts.values().removeIf(times -> isStale(times, windowStart));
			lastAudited.values().removeIf(audited -> !audited.isAfter(windowStart));
		}
		Deque<Instant> times = attempts.computeIfAbsent(address, key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
				times.removeFirst();
			}
			if (times.size() < properties.loginAttemptsPerMinute()) {
				times.addLast(now);
				return Optional.empty();
			}
			auditOncePerWindow(address, now, windowStart);
			return Optional.of(Duration.between(windowStart, times.peekFirst()).plusSeconds(1));
		}
	}

	private void auditOncePerWindow(String address, Instant now, Instant windowStart) {
		Instant previous = lastAudited.put(address, now);
		if (previous == null || !previous.isAfter(windowStart)) {
			audit.record(AuditEvent.LOGIN_THROTTLED, null, address,
					"more than " + properties.loginAttemptsPerMinute() + " login attempts in a minute");
		}
	}

	private static boolean isStale(Deque<Instant> times, Instant windowStart) {
		synchronized (times) {
			return times.isEmpty() || !times.peekLast().isAfter(windowStart);
		}
	}
}
