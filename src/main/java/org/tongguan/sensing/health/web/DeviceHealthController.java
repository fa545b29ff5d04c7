package org.tongguan.sensing.health.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceScope;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.health.DevicePresence;
import org.tongguan.sensing.health.OfflineScan;
import org.tongguan.sensing.health.PresenceState;
import org.tongguan.sensing.health.PresenceView;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.RejectionCounters;
import org.tongguan.sensing.telemetry.LatestValue;
import org.tongguan.sensing.telemetry.LatestValues;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Device health (设备健康): online or offline, when last heard from, battery and signal, and the messages rejected per
 * reason — for one device, or for every device within the caller's data scope.
 */
@RestController
@Tag(name = "Sensing: devices (设备)")
class DeviceHealthController {

	private static final int MAX_DEVICES = 10_000;

	private final DeviceScope scope;

	private final DeviceDirectory directory;

	private final DevicePresence presence;

	private final LatestValues latest;

	private final RejectionCounters rejections;

	DeviceHealthController(DeviceScope scope, DeviceDirectory directory, DevicePresence presence,
			LatestValues latest, RejectionCounters rejections) {
		this.scope = scope;
		this.directory = directory;
		this.presence = presence;
		this.latest = latest;
		this.rejections = rejections;
	}

	/** One device's health. */
	@GetMapping("/api/sensing/devices/{code}/health")
	@Operation(summary = "A device's health (设备健康)", description = """
			Whether a device is online, when it was last heard from, its battery and signal, and how many of its \
			messages were rejected per reason.""")
	DeviceHealthView device(@PathVariable String code) {
		return view(scope.require(code));
	}

	/**
	 * The health of the devices within the caller's scope, by code: only the offline ones with
	 * {@code offline=true}, only the others with {@code offline=false}; optionally of one device type.
	 */
	@GetMapping("/api/sensing/health")
	@Operation(summary = "Device health overview (设备在线率)", description = """
			How many devices in the caller's data scope are online, offline or never seen, with the devices \
			themselves (the offline ones with `offline=true`, the others with `offline=false`), optionally of one \
			type, at most `limit`.""")
	HealthOverview overview(@RequestParam(required = false) Boolean offline,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "1000") int limit) {
		if (limit < 1 || limit > MAX_DEVICES) {
			throw new InvalidInputException("limit", "between 1 and " + MAX_DEVICES);
		}
		List<DeviceHealthView> visible = directory.all().stream()
			.filter(device -> type == null || device.type() != null && device.type().code().equals(type))
			.filter(scope::canSee)
			.map(this::view)
			.toList();
		List<DeviceHealthView> devices = visible.stream()
			.filter(view -> offline == null || offline == (view.presence() == PresenceState.OFFLINE))
			.sorted(Comparator.comparing(DeviceHealthView::device))
			.toList();
		return new HealthOverview(count(visible, PresenceState.ONLINE), count(visible, PresenceState.OFFLINE),
				count(visible, PresenceState.NEVER_SEEN), devices.size() > limit,
				devices.subList(0, Math.min(limit, devices.size())));
	}

	private DeviceHealthView view(RegisteredDevice device) {
		PresenceView seen = presence.of(device.id());
		Duration timeout = device.type() == null ? Duration.ZERO : device.type().inactivityTimeout();
		return new DeviceHealthView(device.code().value(), device.name(),
				device.type() == null ? null : device.type().code(), device.status(), seen.state(),
				OfflineScan.monitored(device), timeout.isZero() ? null : timeout.toString(), seen.lastSeen(), seen.since(),
				latest.of(device.id(), "battery").orElse(null), latest.of(device.id(), "signal").orElse(null),
				rejections.of(device.id()));
	}

	private static long count(List<DeviceHealthView> devices, PresenceState state) {
		return devices.stream().filter(device -> device.presence() == state).count();
	}

	/**
	 * One device's health.
	 *
	 * @param device its code
	 * @param name its name
	 * @param type its type's code
	 * @param status in use, in maintenance or retired
	 * @param presence online, offline or never seen
	 * @param monitored whether going offline is detected (in use, and its type has an inactivity timeout)
	 * @param inactivityTimeout how long it may stay silent (ISO-8601), {@code null} when not monitored by type
	 * @param lastSeen when it last sent a message (accepted or not)
	 * @param since when it entered its presence state
	 * @param battery its latest battery level, when it reports one
	 * @param signal its latest signal strength, when it reports one
	 * @param rejected its rejected messages per reason since the platform started
	 */
	record DeviceHealthView(String device, String name, String type, DeviceStatus status, PresenceState presence,
			boolean monitored, String inactivityTimeout, Instant lastSeen, Instant since, LatestValue battery,
			LatestValue signal, Map<Rejection, Long> rejected) {
	}

	/**
	 * The health of the devices within the caller's scope: counts of the devices of the type, the list filtered.
	 *
	 * @param online how many are online (whatever {@code offline} asks for)
	 * @param offline how many are offline
	 * @param neverSeen how many have never sent a message
	 * @param truncated whether more devices matched than {@code limit}
	 * @param devices the devices, by code, at most {@code limit}
	 */
	record HealthOverview(long online, long offline, long neverSeen, boolean truncated,
			List<DeviceHealthView> devices) {
	}
}
