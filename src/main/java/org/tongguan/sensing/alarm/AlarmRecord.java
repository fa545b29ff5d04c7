package org.tongguan.sensing.alarm;

import java.time.Instant;

import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.WarningLevel;

/**
 * One alarm (告警) as stored. Its times are the readings' own: a replayed or delayed history raises and clears alarms
 * at the times its readings were measured; when the platform handled them is kept beside ({@code recordedAt},
 * {@code clearRecordedAt}).
 *
 * @param id its id
 * @param subject the device and rule
 * @param place where the device stood
 * @param level its current (or, once cleared, last) warning level
 * @param state where it is in its lifecycle
 * @param raised the reading that raised it
 * @param last the reading that last set the level
 * @param recordedAt when the platform raised it
 * @param updatedAt when it last changed
 * @param acknowledgedAt when it was acknowledged, or {@code null}
 * @param acknowledgedBy who acknowledged it
 * @param assignee who is assigned to it, or {@code null}
 * @param cleared the reading that cleared it (for a user's clearing: when the user cleared it), or {@code null}
 * @param clearRecordedAt when the platform cleared it, or {@code null}
 * @param clearedBy who cleared it ({@code system} for its rule)
 * @param clearNote why it cleared
 * @param caseRequested whether it has asked for a case
 */
public record AlarmRecord(AlarmId id, AlarmSubject subject, AlarmPlace place, WarningLevel level, AlarmState state,
		AlarmReading raised, AlarmReading last, Instant recordedAt, Instant updatedAt, Instant acknowledgedAt,
		String acknowledgedBy, String assignee, AlarmReading cleared, Instant clearRecordedAt, String clearedBy,
		String clearNote, boolean caseRequested) {

	/** When the reading that raised the alarm was measured. */
	public Instant raisedAt() {
		return raised.measuredAt();
	}

	/** When the reading that cleared the alarm was measured (or a user cleared it), {@code null} while active. */
	public Instant clearedAt() {
		return cleared == null ? null : cleared.measuredAt();
	}
}
