package org.tongguan.sensing.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.sensing.device.DeviceId;

/**
 * 历史数据 — the stored values of one device metric within a time range: raw, or summarised per bucket (min, max,
 * avg, count computed by the database over the series index). Buckets are aligned to the local midnight of the
 * range's start, so hourly and daily buckets start on the hour and at midnight; empty buckets are left out.
 */
@Repository
public class TelemetryHistory {

	private final JdbcClient jdbc;

	TelemetryHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The values measured in [from, to), oldest first, at most {@code limit}. */
	public List<RawReading> raw(DeviceId deviceId, String metric, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT measured_at, measurement FROM sensing_reading
				WHERE device_id = ? AND metric = ? AND measured_at >= ? AND measured_at < ?
				ORDER BY measured_at LIMIT ?""")
			.params(deviceId.value(), metric, from.toEpochMilli(), to.toEpochMilli(), limit)
			.query((row, number) -> new RawReading(Instant.ofEpochMilli(row.getLong(1)), row.getDouble(2)))
			.list();
	}

	/** The values measured in [from, to) summarised per bucket of {@code size}, oldest first. */
	public List<HistoryBucket> buckets(DeviceId deviceId, String metric, Instant from, Instant to, Duration size,
			ZoneId zone) {
		long width = size.toMillis();
		long midnight = from.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
		long origin = midnight + Math.floorDiv(from.toEpochMilli() - midnight, width) * width;
		return jdbc.sql("""
				SELECT slot, MIN(measurement), MAX(measurement), AVG(measurement), COUNT(*) FROM (
					SELECT (measured_at - ?) / ? AS slot, measurement FROM sensing_reading
					WHERE device_id = ? AND metric = ? AND measured_at >= ? AND measured_at < ?) series
				GROUP BY slot ORDER BY slot""")
			.params(origin, width, deviceId.value(), metric, from.toEpochMilli(), to.toEpochMilli())
			.query((row, number) -> {
				long start = origin + row.getLong(1) * width;
				return new HistoryBucket(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + width),
						row.getDouble(2), row.getDouble(3), row.getDouble(4), row.getLong(5));
			})
			.list();
	}
}
