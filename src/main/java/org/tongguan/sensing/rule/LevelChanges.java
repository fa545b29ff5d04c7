package org.tongguan.sensing.rule;

import java.util.Map;

import org.tongguan.sensing.WarningLevel;

/** Where the rule engine hands the level changes it decides (the alarm writer), and where it learns what is active. */
public interface LevelChanges {

	/** Queues a change to be stored; never blocks and never throws. */
	void submit(LevelChange change);

	/** The levels of the alarms the rules keep active, as stored: device id → rule id → level. */
	Map<Long, Map<Long, WarningLevel>> activeLevels();
}
