package org.tongguan.sensing.alarm;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.DeviceOffline;
import org.tongguan.sensing.DeviceOnline;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.AlarmRule;
import org.tongguan.sensing.rule.LevelChange;
import org.tongguan.sensing.rule.RuleEditor;

/**
 * 离线告警 — raises a device's offline alarm (built-in rule, no case) when it goes offline and clears it when back.
 * The two events reach their listeners in no guaranteed order, so an offline event detected no later than the
 * device's last online event is stale and ignored; the check and the change run atomically per device.
 */
@Component
class OfflineAlarms {

	private final RuleEditor rules;

	private final DeviceDirectory directory;

	private final AlarmRecorder recorder;

	/** Per device, the time of the latest online event handled on this node. */
	private final Map<DeviceCode, Instant> lastOnline = new ConcurrentHashMap<>();

	OfflineAlarms(RuleEditor rules, DeviceDirectory directory, AlarmRecorder recorder) {
		this.rules = rules;
		this.directory = directory;
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(DeviceOffline event) {
		lastOnline.compute(event.device(), (code, online) -> {
			if (online == null || event.detectedAt().isAfter(online)) {
				apply(code, true, event.lastSeen() != null ? event.lastSeen() : event.detectedAt());
			}
			return online;
		});
	}

	@ApplicationModuleListener
	void on(DeviceOnline event) {
		lastOnline.compute(event.device(), (code, online) -> {
			apply(code, false, event.at());
			return online == null || event.at().isAfter(online) ? event.at() : online;
		});
	}

	private void apply(DeviceCode code, boolean offline, Instant at) {
		AlarmRule rule = rules.offlineRule().orElse(null);
		RegisteredDevice device = directory.find(code.value()).orElse(null);
		if (rule == null || device == null) {
			return;
		}
		WarningLevel level = rule.level();
		recorder.apply(offline ? new LevelChange(device, rule.id(), rule, null, level, Double.NaN, at, null)
				: new LevelChange(device, rule.id(), rule, level, null, Double.NaN, at, null));
	}
}
