package org.tongguan.sensing.rule;

import java.time.Duration;

import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;

/**
 * 告警规则 — what turns readings into alarms, for every device of a type or for one device.
 *
 * <p>A device rule overrides the type rules of the same metric and kind for that device (a disabled device rule
 * mutes them); a device rule with a metric and kind no type rule has adds to them.
 *
 * @param id the rule's id
 * @param name what the rule is called, e.g. 积水深度
 * @param deviceType the device type code it applies to, {@code null} for a device rule
 * @param device the device code it applies to, {@code null} for a type rule
 * @param metric the metric watched; for NO_DATA {@code null} means any reading of the device; null for OFFLINE
 * @param kind what is watched
 * @param comparison how values (or rates) compare with the thresholds (THRESHOLD, RATE)
 * @param absolute for RATE: compare the size of the change per minute, whatever its sign
 * @param thresholds the threshold of each level used (THRESHOLD, RATE)
 * @param clearThreshold an active alarm clears only when the value comes back past it (hysteresis), may be
 *        {@code null}: then it clears as soon as no level's condition holds
 * @param sustain how long a level's condition must hold before the alarm is raised or escalated to it
 * @param noDataFor for NO_DATA: how long without a reading raises the alarm
 * @param level for NO_DATA and OFFLINE: the level of the alarm
 * @param opening when and how an alarm opens a case, {@code null} for never
 * @param enabled whether the rule is evaluated
 */
public record AlarmRule(RuleId id, String name, String deviceType, String device, String metric, RuleKind kind,
		Comparison comparison, boolean absolute, LevelThresholds thresholds, Double clearThreshold, Duration sustain,
		Duration noDataFor, WarningLevel level, CaseOpening opening, boolean enabled) {

	/** Whether an alarm at this level opens a case. */
	public boolean opensCaseAt(WarningLevel reached) {
		return opening != null && reached.atLeast(opening.level());
	}

	/** The same rule under another id. */
	public AlarmRule withId(RuleId newId) {
		return new AlarmRule(newId, name, deviceType, device, metric, kind, comparison, absolute, thresholds,
				clearThreshold, sustain, noDataFor, level, opening, enabled);
	}
}
