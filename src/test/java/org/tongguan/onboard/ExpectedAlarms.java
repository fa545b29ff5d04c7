package org.tongguan.onboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alarms the sensor archive implies, computed from {@code readings.csv} alone: per station, in measuring order,
 * a PM2.5 value above the raise threshold raises an alarm when none is active, and a value below the clear threshold
 * clears the active one — the single-level rule with hysteresis that {@code rule.json} states.
 */
final class ExpectedAlarms {

	/** One alarm: its station, the time and value that raised it, and those that cleared it ({@code null}: active). */
	record Alarm(String device, Instant raisedAt, double raisedValue, Instant clearedAt, Double clearedValue) {
	}

	private record Reading(Instant at, double pm25) {
	}

	private ExpectedAlarms() {
	}

	/** Every alarm of the archive, ordered by station and time raised. */
	static List<Alarm> of(Path dir) throws IOException {
		Map<String, List<Reading>> stations = new TreeMap<>();
		try (BufferedReader reader = Files.newBufferedReader(dir.resolve("readings.csv"), StandardCharsets.UTF_8)) {
			List<String> header = List.of(reader.readLine().split(","));
			int device = header.indexOf("device");
			int ts = header.indexOf("ts");
			int pm25 = header.indexOf("pm25");
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(",");
				stations.computeIfAbsent(cells[device], code -> new ArrayList<>())
					.add(new Reading(time(cells[ts]), Double.parseDouble(cells[pm25])));
			}
		}
		List<Alarm> alarms = new ArrayList<>();
		stations.forEach((code, readings) -> {
			readings.sort(Comparator.comparing(Reading::at));
			Reading raised = null;
			for (Reading reading : readings) {
				if (raised == null && reading.pm25() > SensorArchive.RAISE) {
					raised = reading;
				}
				else if (raised != null && reading.pm25() < SensorArchive.CLEAR) {
					alarms.add(new Alarm(code, raised.at(), raised.pm25(), reading.at(), reading.pm25()));
					raised = null;
				}
			}
			if (raised != null) {
				alarms.add(new Alarm(code, raised.at(), raised.pm25(), null, null));
			}
		});
		return alarms;
	}

	private static Instant time(String text) {
		return text.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(text))
				: OffsetDateTime.parse(text).toInstant();
	}
}
