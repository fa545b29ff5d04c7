package org.tongguan.sensing.alarm;

import java.time.Instant;

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

/** 离线告警 — raises a device's offline alarm (built-in rule, no case) when it goes offline and clears it when back. */
@Component
class OfflineAlarms {

	private final RuleEditor rules;

	private final DeviceDirectory directory;

	private final AlarmRecorder recorder;

	OfflineAlarms(RuleEditor rules, DeviceDirectory directory, AlarmRecorder recorder) {
		this.rules = rules;
		this.directory = directory;
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(DeviceOffline event) {
		apply(event.device(), true, event.lastSeen() != null ? event.lastSeen() : event.detectedAt());
	}

	@ApplicationModuleListener
	void on(DeviceOnline event) {
		apply(event.device(), false, event.at());
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
