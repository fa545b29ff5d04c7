package org.tongguan.sensing.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.sensing.AlarmCase;
import org.tongguan.sensing.AlarmCleared;
import org.tongguan.sensing.AlarmDeescalated;
import org.tongguan.sensing.AlarmEscalated;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.AlarmRaised;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.AlarmRule;
import org.tongguan.sensing.rule.LevelChange;

/**
 * Stores level changes as alarms inside the caller's transaction and publishes {@link AlarmRaised},
 * {@link AlarmEscalated}, {@link AlarmDeescalated} and {@link AlarmCleared} in it; an alarm asks for a case ({@link AlarmCase}) the first time
 * its level reaches the rule's case level.
 */
@Component
class AlarmRecorder {

	/** Who the platform's own changes are recorded as. */
	static final String SYSTEM = "system";

	private final AlarmStore store;

	private final AlarmLog log;

	private final AlarmTexts texts;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlarmRecorder(AlarmStore store, AlarmLog log, AlarmTexts texts, Regions regions, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.log = log;
		this.texts = texts;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies a change to the device's active alarm of the rule: raises, changes the level or clears it, at the time
	 * of the reading behind the change. A level change or clearing for which no alarm is active (a user cleared it
	 * meanwhile) changes nothing.
	 */
	void apply(LevelChange change) {
		Instant now = clock.instant();
		AlarmReading reading = new AlarmReading(change.measuredAt(), AlarmRows.bind(change.value()));
		Optional<AlarmRecord> active = store.active(AlarmSubject.activeKey(change.device().id(), change.ruleId()));
		if (change.to() == null) {
			active.ifPresent(alarm -> clear(alarm, reading, now, SYSTEM, texts.cleared(change)));
		}
		else if (active.isPresent()) {
			relevel(active.get(), change, reading, now);
		}
		else if (change.from() == null) {
			raise(change, reading, now);
		}
	}

	/** Clears an active alarm, by its rule (at the reading that cleared it) or by a user (when the user acted). */
	void clear(AlarmRecord alarm, AlarmReading reading, Instant now, String by, String note) {
		store.clear(alarm.id(), reading, now, by, note);
		log.record(alarm.id(), new AlarmHistoryEntry(now, AlarmAction.CLEARED, by, alarm.level(), null,
				reading.value(), SYSTEM.equals(by) ? reading.measuredAt() : null, note));
		String description = SYSTEM.equals(by) ? note : by + " 手动解除：" + note;
		events.publishEvent(new AlarmCleared(alarm.id(), new DeviceCode(alarm.subject().deviceCode()),
				reading.measuredAt(), description));
	}

	private void raise(LevelChange change, AlarmReading reading, Instant now) {
		RegisteredDevice device = change.device();
		AlarmRule rule = change.rule();
		boolean opens = rule.opensCaseAt(change.to());
		AlarmSubject subject = new AlarmSubject(device.id(), device.code().value(), device.name(),
				device.type() == null ? "" : device.type().code(), rule.id(), rule.name(), rule.metric());
		String reached = texts.reached(change);
		AlarmId id = store.insert(subject, place(device), change.to(), reading, now, opens);
		log.record(id, new AlarmHistoryEntry(now, AlarmAction.RAISED, SYSTEM, null, change.to(), reading.value(),
				reading.measuredAt(), reached));
		events.publishEvent(new AlarmRaised(id, device.code(), rule.id(), change.to(), reading.measuredAt(),
				opens ? alarmCase(change, reached) : null));
	}

	private void relevel(AlarmRecord alarm, LevelChange change, AlarmReading reading, Instant now) {
		WarningLevel from = alarm.level();
		if (from == change.to()) {
			return;
		}
		boolean up = change.to().atLeast(from);
		boolean opens = up && !alarm.caseRequested() && change.rule().opensCaseAt(change.to());
		String reached = texts.reached(change);
		store.level(alarm.id(), change.to(), reading, now, alarm.caseRequested() || opens);
		log.record(alarm.id(), new AlarmHistoryEntry(now, up ? AlarmAction.ESCALATED : AlarmAction.DEESCALATED, SYSTEM,
				from, change.to(), reading.value(), reading.measuredAt(), reached));
		events.publishEvent(up
				? new AlarmEscalated(alarm.id(), change.device().code(), from, change.to(), reading.measuredAt(),
						opens ? alarmCase(change, reached) : null)
				: new AlarmDeescalated(alarm.id(), change.device().code(), from, change.to(), reading.measuredAt()));
	}

	/** What case handling needs to open a case for the alarm the change raised or escalated. */
	static AlarmCase alarmCase(LevelChange change, String description) {
		RegisteredDevice device = change.device();
		return new AlarmCase(change.rule().opening().category(), device.longitude(), device.latitude(),
				change.rule().opening().urgency(), description);
	}

	/** Where the device stands: its point and the regions the point lies in. */
	AlarmPlace place(RegisteredDevice device) {
		Location location = regions.locate(device.longitude(), device.latitude()).orElse(null);
		if (location == null) {
			return new AlarmPlace(device.longitude(), device.latitude(), device.grid(), null, null, null);
		}
		return new AlarmPlace(device.longitude(), device.latitude(), code(location.grid()),
				code(location.community()), code(location.street()), code(location.district()));
	}

	private static RegionCode code(Region region) {
		return region == null ? null : region.code();
	}
}
