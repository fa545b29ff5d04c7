package org.tongguan.sensing.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.support.TestClock;
import org.tongguan.sensing.TelemetryTest;

/** Readings past the retention (90 days by default) are deleted as the platform clock moves on; the rest stay. */
@TelemetryTest
class TelemetryRetentionTests {

	private static final long DAY = Duration.ofDays(1).toMillis();

	private static final long GAUGE = 990_001, OTHER = 990_002;

	@Autowired
	TelemetryRetention retention;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesReadingsPastTheRetentionSeriesBySeriesAndKeepsTheRest() {
		long now = clock.millis();
		long cutoff = now - 90 * DAY;
		for (long age = 120; age >= 85; age--) {
			insert(GAUGE, "waterLevel", now - age * DAY);
		}
		insert(GAUGE, "battery", cutoff - 1);
		insert(OTHER, "waterLevel", cutoff - 1);
		insert(OTHER, "waterLevel", cutoff);
		latest(GAUGE, "waterLevel", now - 85 * DAY);
		latest(GAUGE, "battery", cutoff - 1);
		latest(OTHER, "waterLevel", cutoff);

		assertThat(retention.deleteExpired()).isEqualTo(30 + 1 + 1);

		assertThat(times(GAUGE, "waterLevel")).hasSize(6).allMatch(time -> time >= cutoff);
		assertThat(times(GAUGE, "battery")).isEmpty();
		assertThat(times(OTHER, "waterLevel")).containsExactly(cutoff);

		clock.advance(Duration.ofDays(2));
		assertThat(retention.deleteExpired()).isEqualTo(3);
		assertThat(times(GAUGE, "waterLevel")).hasSize(4);
		assertThat(times(OTHER, "waterLevel")).isEmpty();
	}

	private void insert(long device, String metric, long at) {
		jdbc.sql("INSERT INTO sensing_reading (device_id, metric, measured_at, measurement) VALUES (?, ?, ?, 1)")
			.params(device, metric, at)
			.update();
	}

	private void latest(long device, String metric, long at) {
		jdbc.sql("INSERT INTO sensing_latest_reading (device_id, metric, measured_at, measurement) VALUES (?, ?, ?, 1)")
			.params(device, metric, at)
			.update();
	}

	private List<Long> times(long device, String metric) {
		return jdbc.sql("SELECT measured_at FROM sensing_reading WHERE device_id = ? AND metric = ? ORDER BY 1")
			.params(device, metric)
			.query(Long.class)
			.list();
	}
}
