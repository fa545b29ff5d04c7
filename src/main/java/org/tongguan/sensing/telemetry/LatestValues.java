package org.tongguan.sensing.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.ingest.ReadingListener;

/**
 * 最新值 — the latest value and measuring time of every device metric, kept in memory as readings are accepted (the
 * first reading listener) and saved now and then by the store, so a restart starts from them.
 */
@Component
@Order(0)
public class LatestValues implements ReadingListener {

	private final Map<DeviceId, DeviceLatest> devices = new ConcurrentHashMap<>(1 << 14);

	@Override
	public void onReading(Reading reading) {
		device(reading.device().id()).update(reading.values(), reading.measuredAt().toEpochMilli());
	}

	/** The latest value of each metric the device has reported. */
	public List<LatestValue> of(DeviceId deviceId) {
		DeviceLatest latest = devices.get(deviceId);
		return latest == null ? List.of() : latest.values();
	}

	/** The latest value of one metric of the device, when it has reported it. */
	public Optional<LatestValue> of(DeviceId deviceId, String metric) {
		return of(deviceId).stream().filter(value -> value.metric().equals(metric)).findFirst();
	}

	/** Takes a saved value at start. */
	void restore(SavedValue saved) {
		device(saved.deviceId()).restore(saved.metric(), saved.measuredAt(), saved.value());
	}

	/** The values of every device whose values changed since the last call. */
	List<SavedValue> takeChanged() {
		List<SavedValue> changed = new ArrayList<>();
		devices.forEach((id, latest) -> latest.takeChanged(id, changed));
		return changed;
	}

	/** Saving these values failed: their devices' values are still to be saved. */
	void changedAgain(List<SavedValue> unsaved) {
		unsaved.forEach(value -> devices.get(value.deviceId()).changedAgain());
	}

	private DeviceLatest device(DeviceId id) {
		DeviceLatest latest = devices.get(id);
		return latest != null ? latest : devices.computeIfAbsent(id, key -> new DeviceLatest());
	}
}
