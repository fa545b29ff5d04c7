package org.tongguan.bench.scale;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of the generated history computed by DuckDB (in memory) from the same CSV files, by the definitions
 * the statistics API publishes: the counts, the handling-time case count and the average and median handling time
 * in calendar hours and in working hours (on the platform's working calendar, {@link ScaleCalendar}) — for the groups
 * of one period, or for one region's periods of a day or a month each.
 */
final class DuckDbStatistics implements AutoCloseable {

	private final Connection connection;

	private final int offsetSeconds;

	private DuckDbStatistics(Connection connection, int offsetSeconds) {
		this.connection = connection;
		this.offsetSeconds = offsetSeconds;
	}

	/**
	 * Loads the history and grids into an in-memory DuckDB, one row per case with its region codes, times in epoch
	 * seconds and its working handling time in seconds.
	 */
	static DuckDbStatistics load(Path history, Path grids, ScaleCalendar calendar) throws SQLException {
		DuckDbStatistics duck = new DuckDbStatistics(DriverManager.getConnection("jdbc:duckdb:"),
				calendar.offsetSeconds());
		try (Statement statement = duck.connection.createStatement()) {
			statement.execute("CREATE TABLE grids AS SELECT * FROM read_csv('" + grids + "', header = true, all_varchar = true)");
			statement.execute("CREATE TABLE history AS SELECT g.province, g.city, g.district, g.street, g.community, "
					+ "g.grid, h.category, h.department, " + seconds("reportedAt") + " AS reported, "
					+ seconds("filedAt") + " AS filed, " + seconds("dispatchedAt") + " AS dispatched, "
					+ seconds("closedAt") + " AS closed, " + seconds("dueAt") + " AS due, " + seconds("evaluatedAt")
					+ " AS evaluated, h.satisfaction, CAST(h.dispatchCount AS BIGINT) AS dispatch_count, "
					+ "CAST(h.returnCount AS BIGINT) AS return_count, CAST(h.reworkCount AS BIGINT) AS rework_count "
					+ "FROM read_csv('" + history + "', header = true, all_varchar = true) h "
					+ "JOIN grids g ON g.grid = h.region");
			LocalDate first;
			LocalDate last;
			try (ResultSet span = statement.executeQuery("SELECT min(" + calendar.day("filed") + "), max("
					+ calendar.day("closed") + ") FROM history")) {
				span.next();
				first = LocalDate.ofEpochDay(span.getLong(1));
				last = LocalDate.ofEpochDay(Math.max(span.getLong(1), span.getLong(2)));
			}
			calendar.load(duck.connection, first, last);
			statement.execute("CREATE TABLE cases AS SELECT h.*, CASE WHEN h.filed IS NOT NULL AND h.closed IS NOT NULL "
					+ "THEN " + calendar.workingSeconds("h.filed", "h.closed", "h.category", "s", "e")
					+ " END AS working FROM history h LEFT JOIN working_days s ON s.day = " + calendar.day("h.filed")
					+ " LEFT JOIN working_days e ON e.day = " + calendar.day("h.closed"));
			statement.execute("DROP TABLE history");
		}
		return duck;
	}

	private static String seconds(String column) {
		return "CAST(epoch(strptime(h." + column + ", '%Y-%m-%dT%H:%M:%SZ')) AS BIGINT)";
	}

	/** Every group's compared figures for the grouping over {@code [from, to)}, within {@code district} when given. */
	Map<String, Figures> aggregate(String groupBy, Instant from, Instant to, String district) throws SQLException {
		String sql = "SELECT " + groupBy + ", " + figures(String.valueOf(from.getEpochSecond()),
				String.valueOf(to.getEpochSecond())) + " FROM cases" + (district == null ? "" : " WHERE " + WITHIN)
				+ " GROUP BY " + groupBy;
		Map<String, Figures> groups = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (district != null) {
				statement.setString(1, district);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					groups.put(ScaleBench.key(rows.getString(1)), figures(rows));
				}
			}
		}
		return groups;
	}

	/**
	 * The figures of the cases within {@code region} (whose sub-category starts with {@code category}, when given) for
	 * each city-local day or month from {@code first} to {@code last}, by the same definitions as
	 * {@link #aggregate}: each case joins the periods its times fall in, and each period counts it by its own bounds.
	 */
	Map<LocalDate, Figures> series(boolean monthly, LocalDate first, LocalDate last, String region, String category)
			throws SQLException {
		String unit = monthly ? "month" : "day";
		String period = "CAST(date_trunc('" + unit + "', DATE '1970-01-01' + CAST((%s + " + offsetSeconds
				+ ") // 86400 AS INTEGER)) AS DATE)";
		List<String> times = List.of("reported", "filed", "due", "closed", "dispatched", "evaluated");
		String periods = String.join(", ", times.stream().map(time -> period.formatted(time)).toList());
		String bound = "((p.period - DATE '1970-01-01') * 86400 - " + offsetSeconds + ")";
		String sql = "WITH periods AS (SELECT CAST(range AS DATE) AS period, CAST(range + INTERVAL 1 " + unit
				+ " AS DATE) AS period_end FROM range(TIMESTAMP '" + first + " 00:00:00', TIMESTAMP '" + last
				+ " 00:00:00' + INTERVAL 1 " + unit + ", INTERVAL 1 " + unit + ")), touched AS (SELECT c.*, unnest(list_distinct([" + periods
				+ "])) AS period FROM cases c WHERE " + WITHIN + (category == null ? "" : " AND starts_with(category, ?)")
				+ ") SELECT p.period, " + figures(bound, bound.replace("p.period", "p.period_end"))
				+ " FROM periods p LEFT JOIN touched c ON c.period = p.period GROUP BY p.period";
		Map<LocalDate, Figures> series = new TreeMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, region);
			if (category != null) {
				statement.setString(2, category);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					series.put(rows.getObject(1, LocalDate.class), figures(rows));
				}
			}
		}
		return series;
	}

	/** The street with the most cases and its district, the city above them: where rates have the most cases. */
	ScaleCity.Grid busiestStreet() throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT street, district, city FROM cases "
						+ "GROUP BY street, district, city ORDER BY count(*) DESC, street LIMIT 1")) {
			row.next();
			return new ScaleCity.Grid(null, null, row.getString(1), row.getString(2), row.getString(3), null);
		}
	}

	/** The cases within a region of any level, named by the statement's first parameter. */
	private static final String WITHIN = "? IN (province, city, district, street, community, grid)";

	/**
	 * The compared figures over {@code [from, end)}, given as SQL (epoch seconds): the statistics' definitions of
	 * reported, filed, due to close (due in the period and not closed before, or closed in the period before its due
	 * time), closed and closed on time (of those, closed before the period's end), reworked, dispatched and returned,
	 * evaluated and satisfied, and the handling times of the cases closed in the period.
	 */
	private static String figures(String from, String end) {
		String in = " BETWEEN " + from + " AND " + end + " - 1";
		String due = "(due IS NOT NULL AND (due" + in + " AND (closed IS NULL OR closed >= due) OR closed" + in
				+ " AND closed < due))";
		String handled = "filed IS NOT NULL AND closed" + in;
		return "count(*) FILTER (reported" + in + "), count(*) FILTER (filed" + in + "), count(*) FILTER " + due
				+ ", count(*) FILTER (" + due + " AND closed < " + end + "), "
				+ "count(*) FILTER (" + due + " AND closed < " + end + " AND closed <= due), "
				+ "count(*) FILTER (" + due + " AND rework_count > 0), "
				+ "coalesce(sum(dispatch_count) FILTER (dispatched" + in + "), 0), "
				+ "coalesce(sum(return_count) FILTER (dispatched" + in + "), 0), "
				+ "count(*) FILTER (evaluated" + in + " AND satisfaction IS NOT NULL), "
				+ "count(*) FILTER (evaluated" + in + " AND satisfaction <> 'DISSATISFIED'), "
				+ "count(*) FILTER (" + handled + "), avg(closed - filed) FILTER (" + handled + "), "
				+ "median(closed - filed) FILTER (" + handled + "), avg(working) FILTER (" + handled + "), "
				+ "median(working) FILTER (" + handled + ")";
	}

	/** The figures of the current row, whose first column is the group or period. */
	private static Figures figures(ResultSet row) throws SQLException {
		long[] counts = new long[11];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = row.getLong(i + 2);
		}
		List<Double> seconds = new ArrayList<>();
		for (int column = 13; column <= 16; column++) {
			Object value = row.getObject(column);
			seconds.add(value == null ? null : ((Number) value).doubleValue());
		}
		return Figures.of(counts, seconds);
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
