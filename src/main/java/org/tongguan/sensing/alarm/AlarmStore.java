package org.tongguan.sensing.alarm;

import static org.tongguan.sensing.alarm.AlarmRows.bind;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.shared.NotFoundException;

/** Stores alarms (table {@code sensing_alarm}); the unique {@code active_key} keeps one active per device and rule. */
@Repository
class AlarmStore {

	private final JdbcClient jdbc;

	AlarmStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AlarmRecord> find(AlarmId id) {
		return jdbc.sql("SELECT * FROM sensing_alarm WHERE id = ?").param(id.value()).query(AlarmRows.ALARM)
			.optional();
	}

	/** The alarm, locked until the transaction ends. */
	AlarmRecord lock(AlarmId id) {
		return jdbc.sql("SELECT * FROM sensing_alarm WHERE id = ? FOR UPDATE")
			.param(id.value())
			.query(AlarmRows.ALARM)
			.optional()
			.orElseThrow(() -> new NotFoundException("No alarm " + id));
	}

	/** The active alarm of a device and rule, locked until the transaction ends. */
	Optional<AlarmRecord> active(String activeKey) {
		return jdbc.sql("SELECT * FROM sensing_alarm WHERE active_key = ? FOR UPDATE")
			.param(activeKey)
			.query(AlarmRows.ALARM)
			.optional();
	}

	/**
	 * Stores a new active alarm; fails with a duplicate-key error when the device already has one for the rule.
	 */
	AlarmId insert(AlarmSubject subject, AlarmPlace place, WarningLevel level, AlarmReading raised, Instant now,
			boolean caseRequested) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO sensing_alarm (device_id, device_code, device_name, device_type, rule_id, rule_name, metric,
					level, state, active_key, raised_value, raised_at, last_value, measured_at, recorded_at, updated_at,
					case_requested, longitude, latitude, grid_code, community_code, street_code, district_code)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(subject.deviceId().value(), subject.deviceCode(), subject.deviceName(), subject.deviceType(),
					subject.ruleId().value(), subject.ruleName(), subject.metric(), bind(level),
					bind(AlarmState.ACTIVE_UNACKNOWLEDGED), subject.activeKey(), raised.value(),
					bind(raised.measuredAt()), raised.value(), bind(raised.measuredAt()), bind(now), bind(now),
					caseRequested, place.longitude(), place.latitude(), bind(place.grid()),
					bind(place.community()), bind(place.street()), bind(place.district()))
			.update(keys, "id");
		return new AlarmId(keys.getKeyAs(Long.class));
	}

	/** Sets the level of an active alarm and the reading behind it. */
	void level(AlarmId id, WarningLevel level, AlarmReading reading, Instant now, boolean caseRequested) {
		jdbc.sql("""
				UPDATE sensing_alarm SET level = ?, last_value = ?, measured_at = ?, updated_at = ?,
					case_requested = ? WHERE id = ?""")
			.params(bind(level), reading.value(), bind(reading.measuredAt()), bind(now), caseRequested, id.value())
			.update();
	}

	/**
	 * Clears an alarm at the time of the reading that cleared it: no longer active, so the device may get a new one
	 * for the rule.
	 */
	void clear(AlarmId id, AlarmReading cleared, Instant now, String by, String note) {
		jdbc.sql("""
				UPDATE sensing_alarm SET state = ?, active_key = NULL, cleared_at = ?, cleared_value = ?,
					clear_recorded_at = ?, cleared_by = ?, clear_comment = ?, updated_at = ? WHERE id = ?""")
			.params(bind(AlarmState.CLEARED), bind(cleared.measuredAt()), cleared.value(), bind(now), by, note,
					bind(now), id.value())
			.update();
	}

	void acknowledge(AlarmId id, String by, Instant now) {
		jdbc.sql("UPDATE sensing_alarm SET state = ?, acknowledged_at = ?, acknowledged_by = ?, updated_at = ? "
				+ "WHERE id = ?")
			.params(bind(AlarmState.ACKNOWLEDGED), bind(now), by, bind(now), id.value())
			.update();
	}

	void assign(AlarmId id, String assignee, Instant now) {
		jdbc.sql("UPDATE sensing_alarm SET assignee = ?, updated_at = ? WHERE id = ?")
			.params(assignee, bind(now), id.value())
			.update();
	}

	/** The levels of the active alarms that rules keep (not the offline alarms): device id → rule id → level. */
	Map<DeviceId, Map<RuleId, WarningLevel>> activeLevels() {
		Map<DeviceId, Map<RuleId, WarningLevel>> levels = new HashMap<>();
		jdbc.sql("""
				SELECT device_id, rule_id, level FROM sensing_alarm
				WHERE active_key IS NOT NULL
					AND rule_id NOT IN (SELECT id FROM sensing_rule WHERE kind = 'OFFLINE')""")
			.query(rs -> {
				levels.computeIfAbsent(new DeviceId(rs.getLong("device_id")), device -> new HashMap<>())
					.put(new RuleId(rs.getLong("rule_id")), WarningLevel.valueOf(rs.getString("level")));
			});
		return levels;
	}
}
