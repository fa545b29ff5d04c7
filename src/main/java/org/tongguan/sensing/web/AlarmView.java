package org.tongguan.sensing.web;

import java.time.Instant;

import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.alarm.AlarmPlace;
import org.tongguan.sensing.alarm.AlarmRecord;
import org.tongguan.sensing.alarm.AlarmState;
import org.tongguan.sensing.alarm.AlarmSubject;

/** An alarm as the API shows it. */
record AlarmView(long id, String deviceCode, String deviceName, String deviceType, long ruleId, String ruleName,
		String metric, WarningLevel level, String levelLabel, AlarmState state, Double value, Instant measuredAt,
		Instant raisedAt, Instant updatedAt, Instant acknowledgedAt, String acknowledgedBy, String assignee,
		Instant clearedAt, String clearedBy, String clearComment, boolean caseRequested, double longitude,
		double latitude, String grid, String district) {

	static AlarmView of(AlarmRecord alarm) {
		AlarmSubject subject = alarm.subject();
		AlarmPlace place = alarm.place();
		return new AlarmView(alarm.id().value(), subject.deviceCode(), subject.deviceName(), subject.deviceType(),
				subject.ruleId(), subject.ruleName(), subject.metric(), alarm.level(), alarm.level().label(),
				alarm.state(), alarm.lastValue(), alarm.measuredAt(), alarm.raisedAt(), alarm.updatedAt(),
				alarm.acknowledgedAt(), alarm.acknowledgedBy(), alarm.assignee(), alarm.clearedAt(),
				alarm.clearedBy(), alarm.clearNote(), alarm.caseRequested(), place.longitude(), place.latitude(),
				place.grid() == null ? null : place.grid().value(),
				place.district() == null ? null : place.district().value());
	}
}
