package org.tongguan.sensing.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.RowMapper;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceId;

/** Reads alarm rows and converts values for binding: instants as UTC timestamps, enums by name. */
final class AlarmRows {

	static final RowMapper<AlarmRecord> ALARM = (rs, row) -> new AlarmRecord(new AlarmId(rs.getLong("id")),
			new AlarmSubject(new DeviceId(rs.getLong("device_id")), rs.getString("device_code"),
					rs.getString("device_name"), rs.getString("device_type"), new RuleId(rs.getLong("rule_id")),
					rs.getString("rule_name"),
					rs.getString("metric")),
			new AlarmPlace(rs.getDouble("longitude"), rs.getDouble("latitude"), region(rs, "grid_code"),
					region(rs, "community_code"), region(rs, "street_code"), region(rs, "district_code")),
			WarningLevel.valueOf(rs.getString("level")), AlarmState.valueOf(rs.getString("state")),
			reading(rs, "raised_at", "raised_value"), reading(rs, "measured_at", "last_value"),
			instant(rs, "recorded_at"), instant(rs, "updated_at"), instant(rs, "acknowledged_at"),
			rs.getString("acknowledged_by"), rs.getString("assignee"), reading(rs, "cleared_at", "cleared_value"),
			instant(rs, "clear_recorded_at"), rs.getString("cleared_by"), rs.getString("clear_comment"),
			rs.getBoolean("case_requested"));

	private AlarmRows() {
	}

	static OffsetDateTime bind(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static String bind(Enum<?> constant) {
		return constant == null ? null : constant.name();
	}

	static String bind(RegionCode code) {
		return code == null ? null : code.value();
	}

	static Double bind(double value) {
		return Double.isFinite(value) ? value : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	static WarningLevel level(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : WarningLevel.valueOf(value);
	}

	/** The reading of a time and a value column, {@code null} when the time is. */
	static AlarmReading reading(ResultSet rs, String time, String value) throws SQLException {
		Instant at = instant(rs, time);
		return at == null ? null : new AlarmReading(at, number(rs, value));
	}

	private static RegionCode region(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : RegionCode.of(value);
	}
}
