package org.tongguan.sensing.alarm.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongguan.sensing.alarm.AlarmFinder;
import org.tongguan.sensing.alarm.AlarmRecord;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceScope;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.health.DevicePresence;
import org.tongguan.sensing.health.PresenceState;
import org.tongguan.shared.geo.tiles.TileCoordinate;
import org.tongguan.shared.geo.tiles.TileCoordinate.LonLatBox;
import org.tongguan.shared.geo.tiles.VectorTileBuilder;

/**
 * The devices and their active alarms as vector tiles: layer {@value #DEVICES} with every device in use or in
 * maintenance (not retired) by state (ALARM while it has an active alarm, else ONLINE or OFFLINE; never heard from
 * counts as OFFLINE), read from the in-memory directory; layer {@value #ALARMS} with the active alarms at their
 * device's position; both within the caller's data scope.
 */
@Component
class DeviceTiles {

	static final String DEVICES = "devices";

	static final String ALARMS = "alarms";

	/** The most alarms one tile holds (far more than a city has active at once). */
	private static final int MAX_ALARMS = 10_000;

	private final DeviceDirectory directory;

	private final DevicePresence presence;

	private final AlarmFinder alarms;

	private final DeviceScope scope;

	DeviceTiles(DeviceDirectory directory, DevicePresence presence, AlarmFinder alarms, DeviceScope scope) {
		this.directory = directory;
		this.presence = presence;
		this.alarms = alarms;
		this.scope = scope;
	}

	VectorTileBuilder tile(TileCoordinate coordinate) {
		VectorTileBuilder tile = new VectorTileBuilder(coordinate);
		LonLatBox box = coordinate.bounds((double) VectorTileBuilder.BUFFER / VectorTileBuilder.EXTENT);
		List<AlarmRecord> active = alarms.activeWithin(box.west(), box.south(), box.east(), box.north(), MAX_ALARMS);
		Set<DeviceId> alarmed = active.stream().map(record -> record.subject().deviceId()).collect(Collectors.toSet());
		for (RegisteredDevice device : directory.all()) {
			if (device.status() != DeviceStatus.RETIRED && inside(box, device) && scope.canSee(device)) {
				tile.lonLatPoint(DEVICES, device.longitude(), device.latitude(), Map.of("id", device.code().value(),
						"type", device.type() == null ? "" : device.type().code(), "state",
						state(device, alarmed.contains(device.id()))));
			}
		}
		for (AlarmRecord record : active) {
			Optional<RegisteredDevice> device = directory.find(record.subject().deviceId());
			tile.lonLatPoint(ALARMS, device.map(RegisteredDevice::longitude).orElse(record.place().longitude()),
					device.map(RegisteredDevice::latitude).orElse(record.place().latitude()), Map.of("id",
							record.id().value(), "level", record.level().name(), "device",
							record.subject().deviceCode()));
		}
		return tile;
	}

	private String state(RegisteredDevice device, boolean alarm) {
		if (alarm) {
			return "ALARM";
		}
		return presence.of(device.id()).state() == PresenceState.ONLINE ? "ONLINE" : "OFFLINE";
	}

	private static boolean inside(LonLatBox box, RegisteredDevice device) {
		return device.longitude() >= box.west() && device.longitude() < box.east()
				&& device.latitude() >= box.south() && device.latitude() < box.north();
	}
}
