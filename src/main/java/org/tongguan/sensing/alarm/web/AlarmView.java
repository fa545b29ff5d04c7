package org.tongguan.sensing.alarm.web;

import java.time.Instant;

import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.alarm.AlarmPlace;
import org.tongguan.sensing.alarm.AlarmReading;
import org.tongguan.sensing.alarm.AlarmRecord;
import org.tongguan.sensing.alarm.AlarmState;
import org.tongguan.sensing.alarm.AlarmSubject;

/**
 * An alarm as the API shows it: {@code raisedAt}/{@code raisedValue} and {@code clearedAt}/{@code clearedValue} are
 * the time and value of the readings that raised and cleared it, {@code value}/{@code measuredAt} the reading that
 * last set its level, {@code recordedAt}/{@code clearRecordedAt} when the platform handled them.
 */
record AlarmView(long id, String deviceCode, String deviceName, String deviceType, long ruleId, String ruleName,
		String metric, WarningLevel level, String levelLabel, AlarmState state, Instant raisedAt, Double raisedValue,
		Double value, Instant measuredAt, Instant recordedAt, Instant updatedAt, Instant acknowledgedAt,
		String acknowledgedBy, String assignee, Instant clearedAt, Double clearedValue, Instant clearRecordedAt,
		String clearedBy, String clearComment, boolean caseRequested, double longitude, double latitude, String grid,
		String district) {

	static AlarmView of(AlarmRecord alarm) {
		AlarmSubject subject = alarm.subject();
		AlarmPlace place = alarm.place();
		AlarmReading cleared = alarm.cleared();
		return new AlarmView(alarm.id().value(), subject.deviceCode(), subject.deviceName(), subject.deviceType(),
				subject.ruleId().value(), subject.ruleName(), subject.metric(), alarm.level(), alarm.level().label(),
				alarm.state(), alarm.raisedAt(), alarm.raised().value(), alarm.last().value(),
				alarm.last().measuredAt(), alarm.recordedAt(), alarm.updatedAt(), alarm.acknowledgedAt(),
				alarm.acknowledgedBy(), alarm.assignee(), alarm.clearedAt(), cleared == null ? null : cleared.value(),
				alarm.clearRecordedAt(), alarm.clearedBy(), alarm.clearNote(), alarm.caseRequested(),
				place.longitude(), place.latitude(), place.grid() == null ? null : place.grid().value(),
				place.district() == null ? null : place.district().value());
	}
}
