package org.tongguan.indicator.registry;

import java.time.Instant;

import org.tongguan.indicator.IndicatorPlan;

/**
 * One version of an indicator's plan (版本): the plan as it was and who made the version when, and why.
 *
 * @param plan the plan
 * @param version its number, from 1
 * @param changedBy who made it (a user's login name)
 * @param changedAt when
 * @param note why, {@code null} when not said
 */
public record PlanVersion(IndicatorPlan plan, int version, String changedBy, Instant changedAt, String note) {
}
