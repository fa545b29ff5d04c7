package org.tongguan.onboard;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.tongguan.onboard.TestCity.Area;

/**
 * Writes the test city's air-quality network: the device type ({@code device-type.json}, not monitored for silence so
 * that old data raises no offline alarms), the stations ({@code devices.csv}, owner given by the department's name),
 * the alarm rule ({@code rule.json}: PM2.5 above {@link #RAISE} raises an orange alarm, below {@link #CLEAR} clears
 * it) and the archive ({@code readings.csv}: one reading every 10 minutes per station from {@link #FIRST_READING},
 * PM2.5 with pollution episodes and PM10; the last station's archive ends in an episode, so its alarm is still active).
 * Times are ISO-8601 in UTC, or with the New Zealand offset {@code +12:00} (every fifth station from the third), or
 * epoch milliseconds (every fifth from the fifth); every seventh station's rows are written newest first, so the
 * import has to put them in time order itself.
 */
final class SensorArchive {

	static final String DEVICE_TYPE = "air-station";

	static final double RAISE = 75.0;

	static final double CLEAR = 50.0;

	static final Instant FIRST_READING = Instant.parse("2025-09-01T00:00:00Z");

	static final long INTERVAL_SECONDS = 600;

	private static final DateTimeFormatter NEW_ZEALAND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
		.withZone(ZoneOffset.ofHours(12));

	private SensorArchive() {
	}

	/** The number of stations for an archive of this many readings (5 to 50). */
	static int stations(int readings) {
		return Math.max(5, Math.min(50, readings / 2000));
	}

	/** The end of the archive: just after the last reading of the busiest station. */
	static Instant lastReading(int readings) {
		int perStation = (readings + stations(readings) - 1) / stations(readings);
		return FIRST_READING.plusSeconds(INTERVAL_SECONDS * perStation);
	}

	static void write(Path dir, long seed, int readings) throws IOException {
		Random random = new Random(seed ^ 0x5EED);
		int stations = stations(readings);
		Files.writeString(dir.resolve("device-type.json"), "{\"code\":\"" + DEVICE_TYPE + "\",\"name\":\"Air quality "
				+ "station\",\"inactivityTimeoutSeconds\":0,\"camera\":false,\"metrics\":["
				+ "{\"name\":\"pm25\",\"label\":\"PM2.5\",\"unit\":\"µg/m³\",\"min\":0,\"max\":1000},"
				+ "{\"name\":\"pm10\",\"label\":\"PM10\",\"unit\":\"µg/m³\",\"min\":0,\"max\":2000}]}\n",
				StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("rule.json"), "{\"name\":\"PM2.5 high (test city)\",\"deviceType\":\""
				+ DEVICE_TYPE + "\",\"metric\":\"pm25\",\"kind\":\"THRESHOLD\",\"comparator\":\"GT\","
				+ "\"thresholds\":{\"ORANGE\":" + RAISE + "},\"clearThreshold\":" + CLEAR + "}\n",
				StandardCharsets.UTF_8);
		List<Area> grids = TestCity.areas("GRID");
		StringBuilder devices = new StringBuilder("code,name,type,longitude,latitude,owner,installedOn\n");
		for (int s = 0; s < stations; s++) {
			Area grid = grids.get((s * 37) % grids.size());
			devices.append(String.format(Locale.ROOT, "AQ-%02d,Air station %02d,%s,%.6f,%.6f,%s,2024-06-01\n", s + 1,
					s + 1, DEVICE_TYPE, (grid.west() + grid.east()) / 2, (grid.south() + grid.north()) / 2,
					TestOrganisation.deviceOwner()));
		}
		Files.writeString(dir.resolve("devices.csv"), devices, StandardCharsets.UTF_8);
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("readings.csv"), StandardCharsets.UTF_8)) {
			out.write("device,ts,pm25,pm10\n");
			for (int s = 0; s < stations; s++) {
				int count = readings / stations + (s < readings % stations ? 1 : 0);
				String[] rows = station(random, s, count, s == stations - 1);
				for (int i = 0; i < count; i++) {
					out.write(rows[s % 7 == 6 ? count - 1 - i : i]);
				}
			}
		}
	}

	/** The rows of one station in time order: a base level with noise, and episodes that rise and fall. */
	private static String[] station(Random random, int station, int count, boolean endInEpisode) {
		String[] rows = new String[count];
		double base = 8 + random.nextInt(20);
		int episodeLeft = 0;
		int episodeLength = 0;
		double peak = 0;
		for (int i = 0; i < count; i++) {
			if (episodeLeft == 0 && random.nextDouble() < 0.004 || endInEpisode && i == count - 12) {
				episodeLength = endInEpisode && i == count - 12 ? 40 : 6 + random.nextInt(60);
				episodeLeft = episodeLength;
				peak = endInEpisode && i == count - 12 ? 150 : 40 + random.nextInt(120);
			}
			double bump = 0;
			if (episodeLeft > 0) {
				double phase = 1 - Math.abs(2.0 * (episodeLength - episodeLeft) / episodeLength - 1);
				bump = peak * phase;
				episodeLeft--;
			}
			double pm25 = Math.max(0, Math.round((base + bump + random.nextGaussian() * 4) * 10) / 10.0);
			double pm10 = Math.round((pm25 * 1.6 + 5 + random.nextDouble() * 6) * 10) / 10.0;
			Instant at = FIRST_READING.plusSeconds(INTERVAL_SECONDS * i);
			String ts = station % 5 == 4 ? String.valueOf(at.toEpochMilli())
					: station % 5 == 2 ? NEW_ZEALAND.format(at) : at.toString();
			rows[i] = String.format(Locale.ROOT, "AQ-%02d,%s,%.1f,%.1f\n", station + 1, ts, pm25, pm10);
		}
		return rows;
	}
}
