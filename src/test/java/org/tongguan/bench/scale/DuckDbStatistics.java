package org.tongguan.bench.scale;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The statistics of the generated history computed by DuckDB (in memory) from the same CSV files, by the definitions
 * the statistics API publishes: the counts, the handling-time case count and the average and median handling time
 * in calendar hours (working hours need the working calendar and are not computed here).
 */
final class DuckDbStatistics implements AutoCloseable {

	private final Connection connection;

	private DuckDbStatistics(Connection connection) {
		this.connection = connection;
	}

	/** Loads the history and grids into an in-memory DuckDB, one row per case with its region codes, times in epoch seconds. */
	static DuckDbStatistics load(Path history, Path grids) throws SQLException {
		DuckDbStatistics duck = new DuckDbStatistics(DriverManager.getConnection("jdbc:duckdb:"));
		try (Statement statement = duck.connection.createStatement()) {
			statement.execute("CREATE TABLE grids AS SELECT * FROM read_csv('" + grids + "', header = true, all_varchar = true)");
			statement.execute("CREATE TABLE cases AS SELECT g.province, g.city, g.district, g.street, g.community, "
					+ "g.grid, h.category, h.department, " + seconds("reportedAt") + " AS reported, "
					+ seconds("filedAt") + " AS filed, " + seconds("dispatchedAt") + " AS dispatched, "
					+ seconds("closedAt") + " AS closed, " + seconds("dueAt") + " AS due, " + seconds("evaluatedAt")
					+ " AS evaluated, h.satisfaction, CAST(h.dispatchCount AS BIGINT) AS dispatch_count, "
					+ "CAST(h.returnCount AS BIGINT) AS return_count, CAST(h.reworkCount AS BIGINT) AS rework_count "
					+ "FROM read_csv('" + history + "', header = true, all_varchar = true) h "
					+ "JOIN grids g ON g.grid = h.region");
		}
		return duck;
	}

	private static String seconds(String column) {
		return "CAST(epoch(strptime(h." + column + ", '%Y-%m-%dT%H:%M:%SZ')) AS BIGINT)";
	}

	/** Every group's compared figures for the grouping over {@code [from, to)}, within {@code district} when given. */
	Map<String, Figures> aggregate(String groupBy, Instant from, Instant to, String district) throws SQLException {
		long end = to.getEpochSecond();
		String in = " BETWEEN " + from.getEpochSecond() + " AND " + (end - 1);
		String due = "(due IS NOT NULL AND (due" + in + " AND (closed IS NULL OR closed >= due) OR closed" + in
				+ " AND closed < due))";
		String handled = "filed IS NOT NULL AND closed" + in;
		String sql = "SELECT " + groupBy + ", count(*) FILTER (reported" + in + "), count(*) FILTER (filed" + in
				+ "), count(*) FILTER " + due + ", count(*) FILTER (" + due + " AND closed < " + end + "), "
				+ "count(*) FILTER (" + due + " AND closed < " + end + " AND closed <= due), "
				+ "count(*) FILTER (" + due + " AND rework_count > 0), "
				+ "coalesce(sum(dispatch_count) FILTER (dispatched" + in + "), 0), "
				+ "coalesce(sum(return_count) FILTER (dispatched" + in + "), 0), "
				+ "count(*) FILTER (evaluated" + in + " AND satisfaction IS NOT NULL), "
				+ "count(*) FILTER (evaluated" + in + " AND satisfaction <> 'DISSATISFIED'), "
				+ "count(*) FILTER (" + handled + "), avg(closed - filed) FILTER (" + handled + "), "
				+ "median(closed - filed) FILTER (" + handled + ") FROM cases"
				+ (district == null ? "" : " WHERE ? IN (province, city, district, street, community, grid)")
				+ " GROUP BY " + groupBy;
		Map<String, Figures> groups = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (district != null) {
				statement.setString(1, district);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					long[] counts = new long[11];
					for (int i = 0; i < counts.length; i++) {
						counts[i] = rows.getLong(i + 2);
					}
					groups.put(ScaleBench.key(rows.getString(1)), Figures.of(counts, seconds(rows.getObject(13)),
							seconds(rows.getObject(14))));
				}
			}
		}
		return groups;
	}

	private static Double seconds(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
