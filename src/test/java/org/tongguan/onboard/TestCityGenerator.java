package org.tongguan.onboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the foreign test city that {@code scripts/onboard-example.sh} brings onto an empty platform, the same
 * files for the same seed and sizes: boundaries per level without codes ({@code regions-<level>.geojson}), the
 * city's own department functions and departments, a catalogue without codes, the case history and the sensor
 * archive, plus {@code onboard.env} with the periods the script asks the statistics and alarms for. Run it with
 * {@code java -cp target/test-classes org.tongguan.onboard.TestCityGenerator <dir> [seed] [historyRows] [readings]}.
 */
public final class TestCityGenerator {

	/** The full size of the demonstration: 50,000 history rows and 100,000 readings. */
	public static final int FULL_HISTORY_ROWS = 50_000;

	public static final int FULL_READINGS = 100_000;

	/** The start of the statistics period (inclusive): before the first report. */
	static final String STATISTICS_FROM = "2021-01-01T00:00:00Z";

	/** The end of the statistics period (exclusive): after every due time and closure of the history. */
	static final String STATISTICS_TO = "2025-07-01T00:00:00Z";

	private TestCityGenerator() {
	}

	/** Writes every file of the test city into {@code dir} (created when missing). */
	public static void generate(Path dir, long seed, int historyRows, int readings) throws IOException {
		Files.createDirectories(dir);
		TestCity.writeBoundaries(dir);
		TestOrganisation.write(dir);
		HistoryArchive.write(dir, seed, historyRows);
		SensorArchive.write(dir, seed, readings);
		Files.writeString(dir.resolve("onboard.env"), """
				# Written by org.tongguan.onboard.TestCityGenerator: what scripts/onboard-example.sh asks the platform for.
				CITY_NAME='%s'
				STATISTICS_FROM='%s'
				STATISTICS_TO='%s'
				ALARMS_FROM='%s'
				ALARMS_TO='%s'
				DEVICE_TYPE='%s'
				DEVICE_OWNER='%s'
				HISTORY_ROWS=%d
				READINGS=%d
				""".formatted(TestCity.CITY, STATISTICS_FROM, STATISTICS_TO, SensorArchive.FIRST_READING,
				SensorArchive.lastReading(readings), SensorArchive.DEVICE_TYPE, TestOrganisation.deviceOwner(),
				historyRows, readings), StandardCharsets.UTF_8);
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: TestCityGenerator <dir> [seed] [historyRows] [readings]");
			System.exit(2);
		}
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 13;
		int rows = args.length > 2 ? Integer.parseInt(args[2]) : FULL_HISTORY_ROWS;
		int readings = args.length > 3 ? Integer.parseInt(args[3]) : FULL_READINGS;
		generate(Path.of(args[0]), seed, rows, readings);
		System.out.println("Test city written to " + args[0] + " (seed " + seed + ", " + rows + " history rows, "
				+ readings + " readings)");
	}
}
