package org.tongguan.bench.scale;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The platform's working calendar as the bench's DuckDB side measures handling times with it, read through the API:
 * the working periods of a working day (seconds of the day), the special days (true for an adjusted working day 班,
 * false for a holiday 休) and the round-the-clock categories (24×7). Working time is measured as the platform does, on
 * a line: an instant's position is the working days before its day times the working day's length, plus the work done
 * on its own day when that is a working day; a working handling time is the difference of two positions.
 *
 * @param periods each working period's start and end, in seconds of the day
 * @param specialDays the days whose status differs from Monday to Friday's rule or confirms it
 * @param roundTheClock the sub-categories whose limits run on the 24×7 calendar
 * @param offsetSeconds the city's offset from UTC (Asia/Shanghai has no daylight saving time)
 */
record ScaleCalendar(List<int[]> periods, Map<LocalDate, Boolean> specialDays, Set<String> roundTheClock,
		int offsetSeconds) {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** Reads the calendar of the running platform. */
	static ScaleCalendar read(ScaleApi api) throws IOException, InterruptedException {
		List<int[]> periods = new ArrayList<>();
		for (JsonNode period : api.get("/api/calendar/working-hours", TIMEOUT).path("periods")) {
			String[] ends = period.asString().split("-");
			periods.add(new int[] { LocalTime.parse(ends[0]).toSecondOfDay(), LocalTime.parse(ends[1]).toSecondOfDay() });
		}
		Map<LocalDate, Boolean> special = new HashMap<>();
		api.get("/api/calendar/days", TIMEOUT).forEach(day -> special.put(LocalDate.parse(day.path("day").asString()),
				day.path("kind").asString().equals("WORKDAY")));
		Set<String> roundTheClock = new HashSet<>();
		api.get("/api/catalog/categories?includeInactive=true", TIMEOUT).forEach(category -> {
			if (category.path("roundTheClock").asBoolean()) {
				roundTheClock.add(category.path("code").asString());
			}
		});
		return new ScaleCalendar(periods, special, roundTheClock, 8 * 3600);
	}

	/**
	 * Loads {@code working_days(day, working_before, working)} for the epoch days {@code [first, last]}: whether each is
	 * a working day and how many working days of the table come before it.
	 */
	void load(Connection connection, LocalDate first, LocalDate last) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE working_days (day BIGINT PRIMARY KEY, working_before BIGINT, working BOOLEAN)");
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO working_days VALUES (?, ?, ?)")) {
			long before = 0;
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				boolean working = specialDays.getOrDefault(day,
						day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
				insert.setLong(1, day.toEpochDay());
				insert.setLong(2, before);
				insert.setBoolean(3, working);
				insert.addBatch();
				before += working ? 1 : 0;
			}
			insert.executeBatch();
		}
	}

	/**
	 * The SQL of the working seconds from {@code start} to {@code end} (epoch seconds) of a case of {@code category},
	 * where {@code startDay} and {@code endDay} are the {@code working_days} rows of their days.
	 */
	String workingSeconds(String start, String end, String category, String startDay, String endDay) {
		String roundTheClockCodes = roundTheClock.isEmpty() ? "''"
				: roundTheClock.stream().sorted().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
		return "CASE WHEN " + category + " IN (" + roundTheClockCodes + ") THEN " + end + " - " + start + " ELSE "
				+ position(end, endDay) + " - " + position(start, startDay) + " END";
	}

	/** The epoch day (in the city) of an epoch second, as SQL. */
	String day(String seconds) {
		return "((" + seconds + " + " + offsetSeconds + ") // 86400)";
	}

	private String position(String seconds, String day) {
		String time = "((" + seconds + " + " + offsetSeconds + ") % 86400)";
		String worked = periods.stream()
			.map(period -> "greatest(0, least(" + time + ", " + period[1] + ") - " + period[0] + ")")
			.collect(Collectors.joining(" + "));
		return "(" + day + ".working_before * " + perDay() + " + CASE WHEN " + day + ".working THEN " + worked
				+ " ELSE 0 END)";
	}

	private int perDay() {
		return periods.stream().mapToInt(period -> period[1] - period[0]).sum();
	}
}
