package org.tongguan.sensing.rule;

import java.time.Instant;

import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.RegisteredDevice;

/**
 * A change of the alarm level of one device under one rule, as the rule engine decided it: raised ({@code from}
 * null), escalated or de-escalated, or cleared ({@code to} null).
 *
 * @param device the device
 * @param ruleId the rule's id
 * @param rule the rule, {@code null} when it no longer exists or no longer applies to the device (then {@code to} is
 *        null)
 * @param from the level before, {@code null} when no alarm was active
 * @param to the level after, {@code null} when the alarm clears
 * @param value the value or rate per minute that caused it, {@code NaN} when there is none (no data, rule withdrawn)
 * @param measuredAt when the reading that caused it was measured (for no-data: when the silence was noticed)
 * @param note why, when the value does not say it (e.g. the rule no longer applies), else {@code null}
 */
public record LevelChange(RegisteredDevice device, RuleId ruleId, AlarmRule rule, WarningLevel from, WarningLevel to,
		double value, Instant measuredAt, String note) {
}
