package org.tongguan.sensing.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.sensing.TelemetryTest;
import org.tongguan.sensing.device.DeviceId;

/** History buckets computed by the database, aligned to the city's local midnight. */
@TelemetryTest
class TelemetryHistoryTests {

	private static final DeviceId GAUGE = new DeviceId(990_010);

	private static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

	@Autowired
	TelemetryHistory history;

	@Autowired
	JdbcClient jdbc;

	@Test
	void alignsDailyBucketsToLocalMidnightAndSummarisesEach() {
		insert("2026-11-20T07:00:00+08:00", 1.0);
		insert("2026-11-20T23:59:59.999+08:00", 3.0);
		insert("2026-11-21T00:00:00+08:00", 10.0);
		insert("2026-11-21T18:00:00+08:00", 20.0);
		insert("2026-11-21T19:00:00+08:00", 60.0);

		assertThat(history.buckets(GAUGE, "waterLevel", at("2026-11-20T06:00:00+08:00"),
				at("2026-11-22T00:00:00+08:00"), Duration.ofDays(1), SHENZHEN))
			.containsExactly(
					new HistoryBucket(at("2026-11-20T00:00:00+08:00"), at("2026-11-21T00:00:00+08:00"), 1, 3, 2, 2),
					new HistoryBucket(at("2026-11-21T00:00:00+08:00"), at("2026-11-22T00:00:00+08:00"), 10, 60, 30, 3));
		assertThat(history.buckets(GAUGE, "waterLevel", at("2026-11-21T18:30:00+08:00"),
				at("2026-11-21T20:00:00+08:00"), Duration.ofHours(1), SHENZHEN))
			.containsExactly(new HistoryBucket(at("2026-11-21T19:00:00+08:00"), at("2026-11-21T20:00:00+08:00"), 60,
					60, 60, 1));
		assertThat(history.raw(GAUGE, "waterLevel", at("2026-11-20T23:00:00+08:00"), at("2026-11-21T00:00:00+08:00"),
				10))
			.containsExactly(new RawReading(at("2026-11-20T23:59:59.999+08:00"), 3.0));
	}

	private void insert(String at, double value) {
		jdbc.sql("INSERT INTO sensing_reading (device_id, metric, measured_at, measurement) VALUES (?, 'waterLevel', ?, ?)")
			.params(GAUGE.value(), at(at).toEpochMilli(), value)
			.update();
	}

	private static Instant at(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}
}
