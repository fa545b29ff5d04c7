package org.tongguan.sensing.alarm;

import static org.tongguan.sensing.alarm.AlarmRows.bind;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.AlarmRaised;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.LevelChange;

/**
 * Stores the alarms a sensor archive implies, in the caller's transaction, each with its whole history at the
 * readings' times. An alarm the archive also cleared is stored cleared and tells nobody (no event, no case: the
 * episode is over). An alarm still active at the archive's end either becomes the device's current alarm of its rule
 * ({@link AlarmRaised} is published; it opens a case as a live alarm would when the caller says the archive is
 * recent), or, when the device has later readings or a current alarm of the rule, ends with the archive.
 */
@Component
public class ArchiveAlarms {

	/** The clearing note of an alarm that ends with the archive. */
	static final String ENDED = "档案在此结束，仍在告警；之后的读数（实时接入）由规则另行评估";

	private static final String IMPORTED = "（历史档案导入）";

	private final JdbcClient jdbc;

	private final AlarmRecorder recorder;

	private final AlarmLog log;

	private final AlarmTexts texts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArchiveAlarms(JdbcClient jdbc, AlarmRecorder recorder, AlarmLog log, AlarmTexts texts,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.recorder = recorder;
		this.log = log;
		this.texts = texts;
		this.events = events;
		this.clock = clock;
	}

	/** The rules the device has an active alarm of now (from live readings or an earlier archive). */
	public Set<RuleId> activeRules(DeviceId deviceId) {
		return new HashSet<>(jdbc.sql("SELECT rule_id FROM sensing_alarm WHERE device_id = ? AND active_key IS NOT NULL")
			.param(deviceId.value())
			.query((rs, row) -> new RuleId(rs.getLong(1)))
			.list());
	}

	/**
	 * Stores the alarms of one device's replayed changes (in time order).
	 *
	 * @param end the device's last reading in the archive, when alarms that cannot stay active end
	 * @param mayStayActive whether an alarm of this rule still active at the end may become the current one
	 * @param opensCases whether such an alarm opens a case when its level reached the rule's case level
	 */
	public Outcome store(RegisteredDevice device, List<LevelChange> changes, Instant end,
			Predicate<RuleId> mayStayActive, boolean opensCases) {
		Map<RuleId, ArchiveEpisode> open = new LinkedHashMap<>();
		List<ArchiveEpisode> closed = new ArrayList<>();
		for (LevelChange change : changes) {
			ArchiveEpisode episode = open.get(change.ruleId());
			if (episode == null) {
				if (change.from() == null && change.to() != null) {
					open.put(change.ruleId(), new ArchiveEpisode(change));
				}
			}
			else if (change.to() == null) {
				episode.cleared = change;
				closed.add(open.remove(change.ruleId()));
			}
			else {
				episode.changes.add(change);
			}
		}
		if (changes.isEmpty()) {
			return new Outcome(0, 0, 0, 0, List.of());
		}
		Instant now = clock.instant();
		AlarmPlace place = recorder.place(device);
		closed.forEach(episode -> write(episode, place, now, false, false, end));
		List<Kept> kept = new ArrayList<>();
		int ended = 0;
		for (ArchiveEpisode episode : open.values()) {
			if (mayStayActive.test(episode.raised().ruleId())) {
				boolean opens = opensCases && episode.reachedCaseLevel() != null;
				AlarmId id = write(episode, place, now, true, opens, end);
				LevelChange reached = episode.reachedCaseLevel();
				events.publishEvent(new AlarmRaised(id, device.code(), episode.raised().ruleId(), episode.level(),
						episode.raised().measuredAt(), opens ? AlarmRecorder.alarmCase(reached, texts.reached(reached))
								: null));
				kept.add(new Kept(episode.raised().ruleId(), episode.level()));
			}
			else {
				write(episode, place, now, false, false, end);
				ended++;
			}
		}
		return new Outcome(closed.size() + open.size(), closed.size(), kept.size(), ended, kept);
	}

	private AlarmId write(ArchiveEpisode episode, AlarmPlace place, Instant now, boolean active, boolean opens,
			Instant end) {
		LevelChange raised = episode.raised();
		LevelChange last = episode.last();
		RegisteredDevice device = raised.device();
		AlarmSubject subject = new AlarmSubject(device.id(), device.code().value(), device.name(),
				device.type() == null ? "" : device.type().code(), raised.ruleId(), raised.rule().name(),
				raised.rule().metric());
		LevelChange cleared = episode.cleared;
		Instant clearedAt = active ? null : cleared != null ? cleared.measuredAt() : end;
		String note = active ? null : cleared != null ? texts.cleared(cleared) : ENDED;
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO sensing_alarm (device_id, device_code, device_name, device_type, rule_id, rule_name, metric,
					level, state, active_key, raised_value, raised_at, last_value, measured_at, recorded_at, updated_at,
					cleared_at, cleared_value, clear_recorded_at, cleared_by, clear_comment, case_requested, longitude,
					latitude, grid_code, community_code, street_code, district_code)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(subject.deviceId().value(), subject.deviceCode(), subject.deviceName(), subject.deviceType(),
					subject.ruleId().value(), subject.ruleName(), subject.metric(), bind(episode.level()),
					bind(active ? AlarmState.ACTIVE_UNACKNOWLEDGED : AlarmState.CLEARED),
					active ? subject.activeKey() : null, bind(raised.value()), bind(raised.measuredAt()),
					bind(last.value()), bind(last.measuredAt()), bind(now), bind(now), bind(clearedAt),
					cleared == null ? null : bind(cleared.value()), active ? null : bind(now),
					active ? null : AlarmRecorder.SYSTEM, note, opens, place.longitude(), place.latitude(),
					bind(place.grid()), bind(place.community()), bind(place.street()), bind(place.district()))
			.update(keys, "id");
		AlarmId id = new AlarmId(keys.getKeyAs(Long.class));
		history(id, episode, now, clearedAt, note);
		return id;
	}

	private void history(AlarmId id, ArchiveEpisode episode, Instant now, Instant clearedAt, String note) {
		WarningLevel from = null;
		for (LevelChange change : episode.changes) {
			AlarmAction action = from == null ? AlarmAction.RAISED
					: change.to().atLeast(from) ? AlarmAction.ESCALATED : AlarmAction.DEESCALATED;
			log.record(id, new AlarmHistoryEntry(now, action, AlarmRecorder.SYSTEM, from, change.to(),
					bind(change.value()), change.measuredAt(), texts.reached(change) + IMPORTED));
			from = change.to();
		}
		if (clearedAt != null) {
			Double value = episode.cleared == null ? null : bind(episode.cleared.value());
			log.record(id, new AlarmHistoryEntry(now, AlarmAction.CLEARED, AlarmRecorder.SYSTEM, from, null, value,
					clearedAt, note + IMPORTED));
		}
	}

	/**
	 * The alarms of one device's archive.
	 *
	 * @param raised how many alarms the readings raised
	 * @param cleared how many of them the readings also cleared
	 * @param active how many are still active and became the device's current alarms
	 * @param ended how many were still active at the end but ended with the archive (later readings exist)
	 * @param kept the rules and levels of the alarms that became current, for the live rule engine
	 */
	public record Outcome(int raised, int cleared, int active, int ended, List<Kept> kept) {
	}

	/** An alarm that became the device's current alarm of a rule, at a level. */
	public record Kept(RuleId ruleId, WarningLevel level) {
	}
}
