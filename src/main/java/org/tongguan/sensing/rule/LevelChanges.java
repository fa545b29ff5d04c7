package org.tongguan.sensing.rule;

import java.util.Map;

import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceId;

/** Where the rule engine hands the level changes it decides (the alarm writer), and where it learns what is active. */
public interface LevelChanges {

	/** Queues a change to be stored; never blocks and never throws. */
	void submit(LevelChange change);

	/** The levels of the alarms the rules keep active, as stored: device id → rule id → level. */
	Map<DeviceId, Map<RuleId, WarningLevel>> activeLevels();
}
