package org.tongguan.casework.intake;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseIntake;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.Channel;
import org.tongguan.sensing.AlarmCase;
import org.tongguan.sensing.AlarmCleared;
import org.tongguan.sensing.AlarmEscalated;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.AlarmRaised;

/**
 * 物联感知 — opens a case (channel SENSOR) for every alarm that reaches its rule's case level, and notes on the case's
 * timeline when the alarm clears. The alarm id is the case's external id and idempotency key, so an alarm event
 * handled twice (republished after a restart) never makes a second case.
 */
@Component
class SensorAlarms {

	private final CaseIntake intake;

	SensorAlarms(CaseIntake intake) {
		this.intake = intake;
	}

	@ApplicationModuleListener
	void on(AlarmRaised event) {
		report(event.alarm(), event.openCase());
	}

	@ApplicationModuleListener
	void on(AlarmEscalated event) {
		report(event.alarm(), event.openCase());
	}

	@ApplicationModuleListener
	void on(AlarmCleared event) {
		intake.recordCleared(Channel.SENSOR, externalId(event.alarm()), event.description());
	}

	private void report(AlarmId alarm, AlarmCase opening) {
		if (opening == null) {
			return;
		}
		intake.reportForChannel(CaseReport.sensor(externalId(alarm), opening.category(), opening.description())
			.at(opening.longitude(), opening.latitude(), null)
			.urgency(opening.urgency())
			.build());
	}

	private static String externalId(AlarmId alarm) {
		return "alarm-" + alarm.value();
	}
}
