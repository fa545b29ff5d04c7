package org.tongguan.sensing.rule;

import java.util.Map;

/**
 * A rule as an administrator writes it, before validation; durations are ISO-8601 ({@code PT30S}, {@code PT5M}) and
 * levels are named {@code BLUE}, {@code YELLOW}, {@code ORANGE}, {@code RED} (or 蓝, 黄, 橙, 红).
 *
 * @param name what the rule is called
 * @param deviceType the device type code it applies to; exactly one of deviceType and device
 * @param device the device code it applies to
 * @param metric the metric watched (THRESHOLD, RATE; optional for NO_DATA: any reading)
 * @param kind THRESHOLD, RATE or NO_DATA
 * @param comparator GT, GE, LT or LE (THRESHOLD, RATE)
 * @param absolute for RATE: compare the size of the change per minute whatever its sign
 * @param thresholds level → threshold, any subset of the four levels (THRESHOLD, RATE)
 * @param clearThreshold an active alarm clears only past this value (THRESHOLD, RATE), optional
 * @param sustain how long a level's condition must hold first (THRESHOLD, RATE), optional
 * @param noDataFor how long without data raises the alarm (NO_DATA)
 * @param level the level of the alarm (NO_DATA)
 * @param caseLevel from which level an alarm opens a case, optional (then category is required)
 * @param category the catalogue sub-category of the case
 * @param urgency the case's urgency (NORMAL, URGENT, CRITICAL), optional
 * @param enabled whether the rule is evaluated, default true
 */
public record RuleDraft(String name, String deviceType, String device, String metric, String kind, String comparator,
		Boolean absolute, Map<String, Double> thresholds, Double clearThreshold, String sustain, String noDataFor,
		String level, String caseLevel, String category, String urgency, Boolean enabled) {
}
