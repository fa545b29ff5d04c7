package org.tongguan.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.identity.internal.IdentityProperties;
import org.tongguan.shared.web.RateLimiter;

/**
 * Limits how many login attempts one client address may make per minute (the shared per-client
 * {@link RateLimiter}, in memory on each node), and audits a throttled address once a minute.
 */
@Component
public class LoginThrottle {

	private static final Duration AUDIT_INTERVAL = Duration.ofMinutes(1);

	private static final int MAX_TRACKED_ADDRESSES = 10_000;

	private final Map<String, Instant> lastAudited = new ConcurrentHashMap<>();

	private final RateLimiter limiter;

	private final IdentityProperties properties;

	private final SecurityAudit audit;

	private final Clock clock;

	LoginThrottle(IdentityProperties properties, SecurityAudit audit, Clock clock) {
		this.limiter = new RateLimiter(properties.loginAttemptsPerMinute(), clock);
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Counts an attempt from the address; empty when it may go ahead, otherwise how long until it may try again.
	 */
	public Optional<Duration> attempt(String address) {
		long wait = limiter.acquire(address);
		if (wait == 0) {
			return Optional.empty();
		}
		auditOncePerInterval(address, clock.instant());
		return Optional.of(Duration.ofSeconds(wait));
	}

	private void auditOncePerInterval(String address, Instant now) {
		Instant since = now.minus(AUDIT_INTERVAL);
		if (lastAudited.size() > MAX_TRACKED_ADDRESSES) {
			lastAudited.values().removeIf(audited -> !audited.isAfter(since));
		}
		Instant previous = lastAudited.put(address, now);
		if (previous == null || !previous.isAfter(since)) {
			audit.record(AuditEvent.LOGIN_THROTTLED, null, address,
					"more than " + properties.loginAttemptsPerMinute() + " login attempts in a minute");
		}
	}
}
