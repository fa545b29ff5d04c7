package org.tongguan.sensing.health;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.TelemetryProperties;

/**
 * 离线检测 — every {@code health-scan-interval} on the health thread, marks an active device offline once it has been
 * silent longer than its type's inactivity timeout (types with {@link Duration#ZERO} are not monitored). Silence is
 * counted from the platform's start at the earliest, so a restart does not blame devices for the platform's downtime.
 */
@Component
public class OfflineScan implements SmartLifecycle {

	private final DeviceDirectory directory;

	private final DevicePresence presence;

	private final PresenceChanges changes;

	private final Clock clock;

	private final Duration interval;

	private final long startedAt;

	private volatile ScheduledFuture<?> schedule;

	OfflineScan(DeviceDirectory directory, DevicePresence presence, PresenceChanges changes, Clock clock,
			TelemetryProperties properties) {
		this.directory = directory;
		this.presence = presence;
		this.changes = changes;
		this.clock = clock;
		this.interval = properties.healthScanInterval();
		this.startedAt = clock.millis();
	}

	/** Scans now, after the presence changes already queued, and returns when done. */
	public void scanNow() {
		changes.runAndWait(this::scan);
	}

	private void scan() {
		long now = clock.millis();
		for (RegisteredDevice device : directory.all()) {
			Presence known = presence.find(device.id());
			if (known == null || known.state != PresenceState.ONLINE || !monitored(device)) {
				continue;
			}
			long seen = known.lastSeen;
			if (now - Math.max(seen, startedAt) > device.type().inactivityTimeout().toMillis()) {
				changes.silent(device, known, seen, now);
			}
		}
	}

	/** Whether going offline is detected for the device: in use, and its type has an inactivity timeout. */
	public static boolean monitored(RegisteredDevice device) {
		return device.status() == DeviceStatus.ACTIVE && device.type() != null
				&& !device.type().inactivityTimeout().isZero() && !device.type().inactivityTimeout().isNegative();
	}

	@Override
	public void start() {
		schedule = changes.every(interval, this::scan);
	}

	@Override
	public void stop() {
		schedule.cancel(false);
		schedule = null;
	}

	@Override
	public boolean isRunning() {
		return schedule != null;
	}
}
