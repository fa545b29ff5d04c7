package org.tongguan.sensing.ingest;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tongguan.sensing.device.DeviceId;

/**
 * A token bucket per device holding the device's burst and the tolerance for delays that vary
 * ({@link TelemetryProperties.Rate}), refilled at its rate; one device's bucket never touches another's. A bucket's
 * lock is only ever contended by the device's own messages.
 */
final class DeviceRateLimiter {

	private final double perMilli;

	private final double capacity;

	private final Clock clock;

	private final Map<DeviceId, Bucket> buckets = new ConcurrentHashMap<>(1 << 14);

	DeviceRateLimiter(TelemetryProperties.Rate rate, Clock clock) {
		this.perMilli = rate.messagesPerSecond() / 1000;
		this.capacity = rate.capacity();
		this.clock = clock;
	}

	/** Takes one message from the device's budget; false when the device sends faster than allowed. */
	boolean tryAcquire(DeviceId deviceId) {
		Bucket bucket = buckets.get(deviceId);
		long now = clock.millis();
		if (bucket == null) {
			bucket = buckets.computeIfAbsent(deviceId, id -> new Bucket(now));
		}
		return bucket.take(now);
	}

	/** One device's budget. */
	private final class Bucket {

		private double tokens = capacity;

		private long updated;

		Bucket(long now) {
			this.updated = now;
		}

		synchronized boolean take(long now) {
			if (now > updated) {
				tokens = Math.min(capacity, tokens + (now - updated) * perMilli);
				updated = now;
			}
			if (tokens >= 1) {
				tokens -= 1;
				return true;
			}
			return false;
		}
	}
}
