package org.tongguan.onboard;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.tongguan.onboard.TestCity.Area;
import org.tongguan.onboard.TestOrganisation.Category;

/**
 * Writes the old system's case export of the test city, {@code history.csv}: one row per case reported between
 * {@link #FIRST_REPORT} and {@link #LAST_REPORT}, category and lead department given by name, every time in UTC with
 * {@code Z}, and an explicit due time ({@code dueAt}) so that on-time closure needs no calendar. About 18 % of the
 * rows have no coordinates but a region name (grid, community, street or district) and an address; about 4 % are
 * still open at the end, 1 % were voided; some were returned, reworked or called back.
 */
final class HistoryArchive {

	static final String HEADER = "externalId,reportedAt,acceptedAt,filedAt,dispatchedAt,handledAt,verifiedAt,"
			+ "closedAt,evaluatedAt,dueAt,category,department,longitude,latitude,regionName,address,stage,"
			+ "satisfaction,dispatchCount,returnCount,reworkCount";

	static final Instant FIRST_REPORT = Instant.parse("2021-01-01T00:00:00Z");

	static final Instant LAST_REPORT = Instant.parse("2025-01-01T00:00:00Z");

	private static final long MINUTE = 60;

	private static final long HOUR = 3600;

	private static final long DAY = 86400;

	private static final String[] ANSWERS = { "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED" };

	private static final String[] ROADS = { "Queen Street", "Karangahape Road", "Dominion Road", "Great North Road",
			"Remuera Road", "Tamaki Drive" };

	private final Random random;

	private final List<Area> grids = TestCity.areas("GRID");

	private HistoryArchive(long seed) {
		this.random = new Random(seed);
	}

	/** Writes {@code rows} cases to {@code history.csv}. */
	static void write(Path dir, long seed, int rows) throws IOException {
		HistoryArchive archive = new HistoryArchive(seed);
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("history.csv"), StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			for (int i = 0; i < rows; i++) {
				out.write(archive.row(i));
				out.write('\n');
			}
		}
	}

	private String row(int index) {
		Category category = TestOrganisation.CATEGORIES.get(random.nextInt(TestOrganisation.CATEGORIES.size()));
		Area grid = grids.get(random.nextInt(grids.size()));
		String district = grid.name().substring(0, grid.name().indexOf(' '));
		double outcome = random.nextDouble();
		boolean voided = outcome < 0.01;
		boolean open = !voided && outcome < 0.05;
		int reachedSteps = open ? 2 + random.nextInt(4) : voided ? 2 : 6;
		long span = LAST_REPORT.getEpochSecond() - FIRST_REPORT.getEpochSecond();
		long reported = open ? LAST_REPORT.getEpochSecond() - MINUTE * (60 + random.nextInt(60 * 24 * 60))
				: FIRST_REPORT.getEpochSecond() + MINUTE * random.nextLong(span / MINUTE);
		long[] times = new long[8];
		times[0] = reported;
		long[] steps = { MINUTE * between(5, 120), MINUTE * between(5, 240), MINUTE * between(1, 60),
				HOUR * between(1, (int) (category.dueDays() * 24 * 1.4)), MINUTE * between(10, 24 * 60),
				MINUTE * between(5, 12 * 60) };
		for (int i = 1; i <= reachedSteps; i++) {
			times[i] = times[i - 1] + steps[i - 1];
		}
		String satisfaction = "";
		if (reachedSteps == 6 && random.nextDouble() < 0.6) {
			satisfaction = ANSWERS[random.nextInt(ANSWERS.length)];
			times[7] = times[6] + HOUR * between(1, 72);
		}
		boolean dispatched = reachedSteps >= 3;
		int dispatches = dispatched ? pick(0.85, 1, 0.97, 2, 3) : 0;
		int returns = dispatches > 1 && random.nextDouble() < 0.7 ? dispatches - 1 : 0;
		int reworks = reachedSteps >= 5 ? pick(0.90, 0, 0.98, 1, 2) : 0;
		StringBuilder row = new StringBuilder("HC-").append(100000 + index);
		for (long time : times) {
			row.append(',').append(time == 0 ? "" : Instant.ofEpochSecond(time).toString());
		}
		row.append(',').append(Instant.ofEpochSecond(reported + DAY * category.dueDays()));
		row.append(',').append(category.name());
		row.append(',').append(dispatched ? TestOrganisation.department(category.function(), district) : "");
		if (random.nextDouble() >= 0.18) {
			row.append(',').append(coordinate(grid.west(), grid.east())).append(',')
				.append(coordinate(grid.south(), grid.north())).append(",,");
		}
		else {
			row.append(",,,").append(regionOf(grid)).append(',').append(1 + random.nextInt(400)).append(' ')
				.append(ROADS[random.nextInt(ROADS.length)]);
		}
		return row.append(',').append(voided ? "VOIDED" : "").append(',').append(satisfaction).append(',')
			.append(dispatched ? String.valueOf(dispatches) : "").append(',').append(returns).append(',')
			.append(reworks).toString();
	}

	/** The name of the grid, or of its community, street or district (40 / 30 / 20 / 10 %). */
	private String regionOf(Area grid) {
		double level = random.nextDouble();
		String name = grid.name();
		if (level < 0.4) {
			return name;
		}
		String community = name.substring(0, name.lastIndexOf('-'));
		if (level < 0.7) {
			return community;
		}
		String street = community.substring(0, community.lastIndexOf(' '));
		return level < 0.9 ? street : street.substring(0, street.indexOf(' '));
	}

	/** A value well inside {@code [low, high]} (5 % margin), to 6 decimals. */
	private String coordinate(double low, double high) {
		return String.format(Locale.ROOT, "%.6f", low + (high - low) * (0.05 + 0.9 * random.nextDouble()));
	}

	private int between(int low, int high) {
		return low + random.nextInt(Math.max(1, high - low + 1));
	}

	private int pick(double first, int a, double second, int b, int c) {
		double p = random.nextDouble();
		return p < first ? a : p < second ? b : c;
	}
}
