package org.tongguan.sensing.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongguan.sensing.TelemetryTest;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.ingest.TelemetryDevices;

/** The latest values saved to the database and read back, as across a restart; an older value never wins. */
@TelemetryTest
class LatestSnapshotTests {

	private static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");

	@Autowired
	LatestSnapshot snapshot;

	@Test
	void savesOnlyChangedValuesAndKeepsTheNewestOfEachMetric() {
		LatestValues before = new LatestValues();
		before.onReading(reading(990_020, AT, Map.of("waterLevel", 0.3, "battery", 70.0)));
		snapshot.save(before);
		before.onReading(reading(990_020, AT.plusSeconds(60), Map.of("waterLevel", 0.4)));
		snapshot.save(before);
		assertThat(before.takeChanged()).isEmpty();

		LatestValues older = new LatestValues();
		older.onReading(reading(990_020, AT.minusSeconds(60), Map.of("waterLevel", 0.1)));
		snapshot.save(older);

		LatestValues after = new LatestValues();
		snapshot.restoreInto(after);
		assertThat(after.of(new DeviceId(990_020))).containsExactlyInAnyOrder(
				new LatestValue("waterLevel", 0.4, AT.plusSeconds(60)), new LatestValue("battery", 70.0, AT));
		assertThat(after.takeChanged()).as("restored values are not saved again").isEmpty();
	}

	private static Reading reading(long device, Instant at, Map<String, Double> values) {
		return new Reading(TelemetryDevices.waterLevel(device), at, at, values);
	}
}
