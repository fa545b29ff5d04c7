package org.tongguan.bench.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A seeded history of the demo city over the years before {@code end}, in report order: grids drawn with unequal
 * district shares, categories and departments from the catalogue, due times by category (1 to 7 days), stage times
 * with overdue, reworked (8 %), reopened (2 %) and still open cases (4 %, and all whose next stage would lie after
 * {@code end}), and callbacks with satisfaction for 70 % of the closed cases. Times are written as UTC instants.
 */
final class ScaleHistory {

	static final String HEADER = "externalId,reportedAt,acceptedAt,filedAt,dispatchedAt,handledAt,verifiedAt,closedAt,"
			+ "dueAt,evaluatedAt,category,department,region,satisfaction,dispatchCount,returnCount,reworkCount,"
			+ "reopenCount";

	private static final long[] DUE_HOURS = { 24, 48, 72, 120, 168 };

	private static final String[] SATISFACTION = { "SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED",
			"BASICALLY_SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED" };

	private final ScaleCity city;

	private final List<ScaleCity.Grid> weightedGrids = new ArrayList<>();

	private final Random random = new Random(14);

	ScaleHistory(ScaleCity city) {
		this.city = city;
		Map<String, Integer> shares = new TreeMap<>();
		city.grids().forEach(grid -> shares.computeIfAbsent(grid.district(), district -> 1 + random.nextInt(4)));
		city.grids().forEach(grid -> {
			for (int i = 0; i < shares.get(grid.district()); i++) {
				weightedGrids.add(grid);
			}
		});
	}

	/** Writes {@code cases} rows reported within {@code years} years before {@code end}. */
	void write(Path file, int cases, int years, Instant end) throws IOException {
		Instant start = end.minus(Duration.ofDays(365L * years));
		long span = Duration.between(start, end).getSeconds() - 3600;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			for (int row = 0; row < cases; row++) {
				Instant reported = start.plusSeconds(span * row / cases + random.nextInt(60));
				out.write(row(row, reported, end));
				out.write('\n');
			}
		}
	}

	private String row(int row, Instant reported, Instant end) {
		int categoryIndex = random.nextInt(city.categories().size());
		long dueHours = DUE_HOURS[categoryIndex % DUE_HOURS.length];
		Instant due = reported.plus(Duration.ofHours(dueHours));
		boolean reworked = random.nextInt(100) < 8;
		boolean reopened = random.nextInt(100) < 2;
		int stages = random.nextInt(100) < 4 ? random.nextInt(7) : 7;
		Instant[] times = new Instant[7];
		times[0] = reported;
		long[] stepMinutes = { 0, 20, 30, 30, dueHours * 60 * 13 / 10 + (reworked ? 24 * 60 : 0), 240,
				240 + (reopened ? 48 * 60 : 0) };
		for (int stage = 1; stage < stages; stage++) {
			Instant next = times[stage - 1].plusSeconds(60 + (long) (random.nextDouble() * stepMinutes[stage] * 60));
			if (!next.isBefore(end)) {
				break;
			}
			times[stage] = next;
		}
		Instant closed = times[6];
		Instant evaluated = closed == null || random.nextInt(10) >= 7 ? null
				: closed.plusSeconds(3600 + random.nextInt(24 * 3600));
		if (evaluated != null && !evaluated.isBefore(end)) {
			evaluated = null;
		}
		boolean returned = random.nextInt(100) < 5;
		ScaleCity.Grid grid = weightedGrids.get(random.nextInt(weightedGrids.size()));
		StringBuilder line = new StringBuilder(260).append("S-").append(row);
		for (Instant time : times) {
			line.append(',').append(text(time));
		}
		return line.append(',').append(text(due))
			.append(',').append(text(evaluated))
			.append(',').append(city.categories().get(categoryIndex))
			.append(',').append(city.departments().get(random.nextInt(city.departments().size())))
			.append(',').append(grid.code())
			.append(',').append(evaluated == null ? "" : SATISFACTION[random.nextInt(SATISFACTION.length)])
			.append(',').append(times[3] == null ? "" : returned ? "2" : "1")
			.append(',').append(times[3] == null ? "" : returned ? "1" : "0")
			.append(',').append(closed != null && reworked ? "1" : "0")
			.append(',').append(closed != null && reopened ? "1" : "0")
			.toString();
	}

	private static String text(Instant time) {
		return time == null ? "" : time.truncatedTo(ChronoUnit.SECONDS).toString();
	}
}
