package org.tongguan.sensing.alarm;

import java.time.Instant;

/**
 * The reading behind a change of an alarm: when it was measured (the device's own time, not when the platform
 * handled it) and its value, or rate per minute for rate rules.
 *
 * @param measuredAt when the reading was measured; for no-data alarms when the silence was noticed, for offline
 *        alarms the device's last communication, for a user's action when the user acted
 * @param value the value or rate per minute, {@code null} when there is none (no data, offline, a user's action)
 */
public record AlarmReading(Instant measuredAt, Double value) {
}
