package org.tongguan.indicator;

/**
 * One warning level of an indicator's absolute thresholds (预警阈值): a value at or below {@code below}, or at or
 * above {@code above}, reaches the level.
 *
 * @param level the warning level
 * @param below the bound from below (for indicators where higher is better, or a target band), {@code null} for none
 * @param above the bound from above (for indicators where higher is worse, or a target band), {@code null} for none
 */
public record ThresholdLevel(WarningLevel level, Double below, Double above) {
}
