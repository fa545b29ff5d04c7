package org.tongguan.casework.web;

import java.time.Instant;

import org.tongguan.casework.TrafficLight;

/**
 * A time limit and how much of it is used.
 *
 * @param stage the stage it belongs to (受理, 处置 …), {@code null} for the overall limit
 * @param startedAt when it started
 * @param warnAt when 80 % is used
 * @param dueAt when it runs out
 * @param light green, yellow or red
 * @param usedPercent how much is used, in percent (over 100 when overdue)
 */
record LightView(String stage, Instant startedAt, Instant warnAt, Instant dueAt, TrafficLight light,
		Integer usedPercent) {
}
