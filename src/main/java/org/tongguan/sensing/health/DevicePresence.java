package org.tongguan.sensing.health;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.DeviceActivity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * 设备在线状态 — when each device was last heard from and whether it is online, restored from the stored changes at
 * start. Noting a message is a volatile write; a device that was offline or never seen is handed to the health
 * thread, which announces its return. The gauge {@code tongguan.sensing.devices{state}} counts devices per state.
 */
@Component
public class DevicePresence implements DeviceActivity, InitializingBean {

	private final Map<DeviceId, Presence> presences = new ConcurrentHashMap<>(1 << 14);

	private final PresenceStore store;

	private final PresenceChanges changes;

	DevicePresence(PresenceStore store, PresenceChanges changes, MeterRegistry meters) {
		this.store = store;
		this.changes = changes;
		for (PresenceState state : PresenceState.values()) {
			Gauge.builder("tongguan.sensing.devices", this, presence -> presence.count(state))
				.description("Devices heard from since start or known from before, by presence")
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.register(meters);
		}
	}

	@Override
	public void afterPropertiesSet() {
		store.forEach(presences::put);
	}

	@Override
	public void seen(RegisteredDevice device, long at) {
		Presence presence = presence(device.id());
		presence.lastSeen = at;
		if (presence.state != PresenceState.ONLINE && presence.returning.compareAndSet(false, true)) {
			changes.returned(device, presence);
		}
	}

	/** The device's presence as of now. */
	public PresenceView of(DeviceId deviceId) {
		Presence presence = presences.get(deviceId);
		if (presence == null) {
			return new PresenceView(PresenceState.NEVER_SEEN, null, null);
		}
		return new PresenceView(presence.state, instant(presence.lastSeen), instant(presence.changedAt));
	}

	/** The device's presence record, created (never seen) on first use. */
	Presence presence(DeviceId deviceId) {
		Presence presence = presences.get(deviceId);
		return presence != null ? presence
				: presences.computeIfAbsent(deviceId, id -> new Presence(PresenceState.NEVER_SEEN, 0, 0));
	}

	/** The device's presence record, or null when it was never seen. */
	Presence find(DeviceId deviceId) {
		return presences.get(deviceId);
	}

	private double count(PresenceState state) {
		return presences.values().stream().filter(presence -> presence.state == state).count();
	}

	private static Instant instant(long epochMillis) {
		return epochMillis == 0 ? null : Instant.ofEpochMilli(epochMillis);
	}
}
