package org.tongguan.sensing.alarm;

import java.time.Instant;

import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.WarningLevel;

/**
 * One alarm (告警) as stored.
 *
 * @param id its id
 * @param subject the device and rule
 * @param place where the device stood
 * @param level its current (or, once cleared, last) warning level
 * @param state where it is in its lifecycle
 * @param lastValue the value or rate per minute that last set the level, {@code null} when there was none
 * @param measuredAt when that reading was measured
 * @param raisedAt when the alarm was raised
 * @param updatedAt when it last changed
 * @param acknowledgedAt when it was acknowledged, or {@code null}
 * @param acknowledgedBy who acknowledged it
 * @param assignee who is assigned to it, or {@code null}
 * @param clearedAt when it cleared, or {@code null}
 * @param clearedBy who cleared it ({@code system} for its rule)
 * @param clearNote why it cleared
 * @param caseRequested whether it has asked for a case
 */
public record AlarmRecord(AlarmId id, AlarmSubject subject, AlarmPlace place, WarningLevel level, AlarmState state,
		Double lastValue, Instant measuredAt, Instant raisedAt, Instant updatedAt, Instant acknowledgedAt,
		String acknowledgedBy, String assignee, Instant clearedAt, String clearedBy, String clearNote,
		boolean caseRequested) {
}
