package org.tongguan.console.live;

import java.time.Instant;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongguan.identity.Role;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionColumns;
import org.tongguan.region.Regions;
import org.tongguan.sensing.AlarmCleared;
import org.tongguan.sensing.AlarmDeescalated;
import org.tongguan.sensing.AlarmEscalated;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.AlarmRaised;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.DeviceSummary;
import org.tongguan.sensing.Devices;
import org.tongguan.sensing.WarningLevel;

import tools.jackson.databind.ObjectMapper;

/**
 * Pushes sensor alarms raised, changed and cleared to the live stream once their transaction has committed, to the
 * browsers of the roles that read alarms (dispatchers, operators, shift leads, leaders, administrators) whose data
 * scope covers the device's place: its grid, else where its point lies, else (outside every region) the owner of
 * such places, as the alarm list decides.
 */
@Component
class AlarmFeed {

	/** The roles that may read alarms ({@code GET /api/sensing/alarms}). */
	static final Set<Role> READERS = Set.of(Role.DISPATCHER, Role.OPERATOR, Role.SHIFT_LEAD, Role.LEADER, Role.ADMIN);

	private final Devices devices;

	private final Regions regions;

	private final LiveStream stream;

	private final AfterCommit afterCommit;

	private final ObjectMapper json;

	AlarmFeed(Devices devices, Regions regions, LiveStream stream, AfterCommit afterCommit, ObjectMapper json) {
		this.devices = devices;
		this.regions = regions;
		this.stream = stream;
		this.afterCommit = afterCommit;
		this.json = json;
	}

	@EventListener
	void on(AlarmRaised event) {
		changed("RAISED", event.alarm(), event.device(), event.level(), event.raisedAt(), null);
	}

	@EventListener
	void on(AlarmEscalated event) {
		changed("ESCALATED", event.alarm(), event.device(), event.to(), event.at(), null);
	}

	@EventListener
	void on(AlarmDeescalated event) {
		changed("DEESCALATED", event.alarm(), event.device(), event.to(), event.at(), null);
	}

	@EventListener
	void on(AlarmCleared event) {
		changed("CLEARED", event.alarm(), event.device(), null, event.clearedAt(), event.description());
	}

	private void changed(String change, AlarmId alarm, DeviceCode code, WarningLevel level, Instant at,
			String description) {
		afterCommit.run(() -> devices.find(code).ifPresent(device -> stream.publish(new LiveEvent("alarm",
				json.writeValueAsString(new AlarmChange(change, alarm.value(), level == null ? null : level.name(),
						code.value(), device.name(), device.type(), device.typeName(), device.longitude(),
						device.latitude(), device.grid() == null ? null : device.grid().value(), at, description)),
				place(device), READERS))));
	}

	private RegionCode place(DeviceSummary device) {
		if (device.grid() != null) {
			return device.grid();
		}
		return regions.locate(device.longitude(), device.latitude())
			.map(Location::finest)
			.map(Region::code)
			.orElseGet(() -> RegionColumns.placelessOwner(regions));
	}
}
