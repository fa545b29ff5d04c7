package org.tongguan.onboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case statistics of the test city computed from its generated files alone, by the definitions the statistics
 * API publishes (StatisticsController's description), for one period {@code [from, to)}: per grouping, the tally of
 * every group, keyed by the group's name ({@code null} for cases without one). Nothing of the platform's code is
 * used; the only shared knowledge is the definitions.
 */
final class ExpectedStatistics {

	/** The groupings the onboarding prints and checks. */
	static final List<String> GROUPINGS = List.of("province", "city", "district", "street", "community", "grid",
			"category", "department", "channel");

	private final Instant from;

	private final Instant to;

	private final CityMap map;

	private final Set<String> roundTheClock = new HashSet<>();

	private final Map<String, Map<String, GroupTally>> groups = new HashMap<>();

	private final GroupTally total = new GroupTally();

	private ExpectedStatistics(Path dir, Instant from, Instant to) throws IOException {
		this.from = from;
		this.to = to;
		this.map = new CityMap(dir);
		GROUPINGS.forEach(grouping -> groups.put(grouping, new HashMap<>()));
	}

	/** The statistics of the test city in {@code dir} for the period. */
	static ExpectedStatistics of(Path dir, Instant from, Instant to) throws IOException {
		ExpectedStatistics expected = new ExpectedStatistics(dir, from, to);
		expected.readCatalogue(dir.resolve("catalogue.csv"));
		try (BufferedReader reader = Files.newBufferedReader(dir.resolve("history.csv"), StandardCharsets.UTF_8)) {
			Columns columns = new Columns(reader.readLine());
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				expected.count(columns.row(line));
			}
		}
		return expected;
	}

	/** The groups of a grouping by name. */
	Map<String, GroupTally> groups(String grouping) {
		return groups.get(grouping);
	}

	GroupTally total() {
		return total;
	}

	/** The city's name, the one group of the city grouping. */
	String city() {
		return map.city();
	}

	private void readCatalogue(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		Columns columns = new Columns(lines.get(0));
		for (String line : lines.subList(1, lines.size())) {
			Map<String, String> row = columns.row(line);
			if ("true".equals(row.get("roundTheClock"))) {
				roundTheClock.add(row.get("name"));
			}
		}
	}

	private void count(Map<String, String> row) {
		CityMap.Place place = row.get("longitude") == null ? map.named(row.get("regionName"))
				: map.at(Double.parseDouble(row.get("longitude")), Double.parseDouble(row.get("latitude")));
		GroupTally tally = new GroupTally();
		boolean ended = "VOIDED".equals(row.get("stage"));
		Instant reported = time(row, "reportedAt");
		Instant filed = time(row, "filedAt");
		Instant dispatched = time(row, "dispatchedAt");
		Instant closed = time(row, "closedAt");
		Instant evaluated = time(row, "evaluatedAt");
		Instant due = time(row, "dueAt");
		tally.reported = in(reported) ? 1 : 0;
		tally.filed = in(filed) ? 1 : 0;
		boolean dueToClose = !ended && due != null
				&& (in(due) && (closed == null || !closed.isBefore(due)) || in(closed) && closed.isBefore(due));
		if (dueToClose) {
			tally.dueToClose = 1;
			tally.closed = closed != null && closed.isBefore(to) ? 1 : 0;
			tally.closedOnTime = tally.closed == 1 && !closed.isAfter(due) ? 1 : 0;
			tally.reworked = count(row, "reworkCount", 0) > 0 ? 1 : 0;
		}
		if (in(dispatched)) {
			tally.dispatched = count(row, "dispatchCount", 1);
			tally.returned = count(row, "returnCount", 0);
		}
		if (in(evaluated) && row.get("satisfaction") != null) {
			tally.evaluated = 1;
			tally.satisfied = row.get("satisfaction").equals("DISSATISFIED") ? 0 : 1;
		}
		String category = row.get("category");
		if (!ended && filed != null && in(closed)) {
			tally.handled(closed.getEpochSecond() - filed.getEpochSecond(), roundTheClock.contains(category));
		}
		Map<String, String> keys = new HashMap<>();
		keys.put("province", "the one province");
		keys.put("city", map.city());
		keys.put("district", place.district());
		keys.put("street", place.street());
		keys.put("community", place.community());
		keys.put("grid", place.grid());
		keys.put("category", category);
		keys.put("department", row.get("department"));
		keys.put("channel", "HISTORY_IMPORT");
		keys.forEach((grouping, key) -> groups.get(grouping).computeIfAbsent(key, k -> new GroupTally()).add(tally));
		total.add(tally);
	}

	private boolean in(Instant time) {
		return time != null && !time.isBefore(from) && time.isBefore(to);
	}

	private static Instant time(Map<String, String> row, String column) {
		String text = row.get(column);
		return text == null ? null : Instant.parse(text);
	}

	private static long count(Map<String, String> row, String column, long absent) {
		String text = row.get(column);
		return text == null ? absent : Long.parseLong(text);
	}

	/** The header of a plain CSV file (the generator writes no quotes and no commas inside values). */
	private record Columns(List<String> names) {

		Columns(String header) {
			this(List.of(header.split(",", -1)));
		}

		/** The row's values by column name; empty cells are absent. */
		Map<String, String> row(String line) {
			String[] cells = line.split(",", -1);
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < names.size(); i++) {
				if (i < cells.length && !cells[i].isEmpty()) {
					row.put(names.get(i), cells[i]);
				}
			}
			return row;
		}
	}
}
