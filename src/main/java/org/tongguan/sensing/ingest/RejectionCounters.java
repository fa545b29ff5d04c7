package org.tongguan.sensing.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

import org.springframework.stereotype.Component;
import org.tongguan.sensing.device.DeviceId;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Rejected messages, counted per registered device and reason, per reason for codes that are not registered, and per
 * reason (without the device) as the Micrometer counter {@code tongguan.sensing.rejections}. Lock-free.
 */
@Component
public class RejectionCounters {

	private static final Rejection[] REASONS = Rejection.values();

	private final Map<DeviceId, AtomicLongArray> byDevice = new ConcurrentHashMap<>(1 << 14);

	private final AtomicLongArray unregistered = new AtomicLongArray(REASONS.length);

	private final Counter[] meters = new Counter[REASONS.length];

	RejectionCounters(MeterRegistry registry) {
		for (Rejection reason : REASONS) {
			meters[reason.ordinal()] = Counter.builder("tongguan.sensing.rejections")
				.description("Device messages rejected, by reason")
				.tag("reason", reason.name())
				.register(registry);
		}
	}

	/** Counts a rejected message of a registered device. */
	void count(DeviceId deviceId, Rejection reason) {
		AtomicLongArray counts = byDevice.get(deviceId);
		if (counts == null) {
			counts = byDevice.computeIfAbsent(deviceId, id -> new AtomicLongArray(REASONS.length));
		}
		counts.incrementAndGet(reason.ordinal());
		meters[reason.ordinal()].increment();
	}

	/** Counts a rejected message sent under a code that is not registered. */
	void countUnregistered(Rejection reason) {
		unregistered.incrementAndGet(reason.ordinal());
		meters[reason.ordinal()].increment();
	}

	/** The device's rejected messages per reason since start; reasons never seen are left out. */
	public Map<Rejection, Long> of(DeviceId deviceId) {
		AtomicLongArray counts = byDevice.get(deviceId);
		return counts == null ? Map.of() : nonZero(counts);
	}

	/** Rejected messages sent under codes that are not registered, per reason since start. */
	public Map<Rejection, Long> unregistered() {
		return nonZero(unregistered);
	}

	private static Map<Rejection, Long> nonZero(AtomicLongArray counts) {
		Map<Rejection, Long> result = new EnumMap<>(Rejection.class);
		for (Rejection reason : REASONS) {
			long count = counts.get(reason.ordinal());
			if (count > 0) {
				result.put(reason, count);
			}
		}
		return Collections.unmodifiableMap(result);
	}
}
