package org.tongguan.indicator.value;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.shared.MultiRowInsert;

/**
 * Stores a checked batch of values in one transaction with JDBC batches, never a statement per value: per indicator
 * one query reads the current values of the batch's regions and periods; a new key is inserted, a changed value
 * moves the current one to {@code indicator_value_revision} (superseded now) and takes its place with the next
 * revision number, an equal value is left as it is.
 */
@Component
class ValueWriter {

	private static final int ROWS_PER_STATEMENT = 256;

	private static final MultiRowInsert VALUES = new MultiRowInsert("""
			indicator_value (indicator_code, region_code, period_start, figure, source, sender, arrived_at, \
			revision)""", "(?, ?, ?, ?, ?, ?, ?, ?)", ROWS_PER_STATEMENT);

	private static final MultiRowInsert REVISIONS = new MultiRowInsert("""
			indicator_value_revision (indicator_code, region_code, period_start, revision, figure, source, sender, \
			arrived_at, superseded_at)""", "(?, ?, ?, ?, ?, ?, ?, ?, ?)", ROWS_PER_STATEMENT);

	private static final String CURRENT = """
			SELECT region_code, period_start, figure, source, sender, arrived_at, revision FROM indicator_value
			WHERE indicator_code = ? AND region_code = ANY (?) AND period_start BETWEEN ? AND ?""";

	private static final String REPLACE = """
			UPDATE indicator_value SET figure = ?, source = ?, sender = ?, arrived_at = ?, revision = ?
			WHERE indicator_code = ? AND region_code = ? AND period_start = ?""";

	private final JdbcTemplate jdbc;

	ValueWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the values as sent by the sender now. */
	@Transactional
	public IngestResult write(List<CheckedValue> values, Sender sender, Instant now) {
		OffsetDateTime arrived = now.atOffset(ZoneOffset.UTC);
		Map<IndicatorCode, List<CheckedValue>> byIndicator = new LinkedHashMap<>();
		values.forEach(value -> byIndicator.computeIfAbsent(value.indicator(), code -> new ArrayList<>()).add(value));
		return jdbc.execute((Connection connection) -> {
			List<CheckedValue> created = new ArrayList<>();
			List<Stored> replaced = new ArrayList<>();
			List<CheckedValue> revised = new ArrayList<>();
			for (List<CheckedValue> batch : byIndicator.values()) {
				Map<String, Stored> current = current(connection, batch);
				for (CheckedValue value : batch) {
					Stored stored = current.get(key(value.region().value(), value.period().start()));
					if (stored == null) {
						created.add(value);
					}
					else if (Double.compare(stored.figure, value.value()) != 0) {
						replaced.add(stored);
						revised.add(value);
					}
				}
			}
			REVISIONS.insert(connection, replaced.size(), (insert, first, row) -> replaced.get(row)
				.bind(insert, first, arrived));
			replace(connection, revised, replaced, sender, arrived);
			VALUES.insert(connection, created.size(), (insert, first, row) -> {
				CheckedValue value = created.get(row);
				bindKey(insert, first, value);
				insert.setDouble(first + 3, value.value());
				insert.setString(first + 4, sender.source().name());
				insert.setString(first + 5, sender.name());
				insert.setObject(first + 6, arrived);
				insert.setInt(first + 7, 1);
			});
			return new IngestResult(values.size(), created.size(), revised.size(),
					values.size() - created.size() - revised.size());
		});
	}

	/** The current values of the batch's regions within its periods, by region and period start. */
	private static Map<String, Stored> current(Connection connection, List<CheckedValue> batch) throws SQLException {
		Array regions = connection.createArrayOf("VARCHAR",
				batch.stream().map(value -> value.region().value()).distinct().toArray());
		try (PreparedStatement select = connection.prepareStatement(CURRENT)) {
			select.setString(1, batch.get(0).indicator().value());
			select.setArray(2, regions);
			select.setObject(3, batch.stream().map(value -> value.period().start()).min(Comparator.naturalOrder())
				.orElseThrow());
			select.setObject(4, batch.stream().map(value -> value.period().start()).max(Comparator.naturalOrder())
				.orElseThrow());
			Map<String, Stored> current = new HashMap<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Stored stored = new Stored(batch.get(0).indicator().value(), rows.getString(1),
							rows.getObject(2, LocalDate.class), rows.getDouble(3), rows.getString(4),
							rows.getString(5), rows.getObject(6, OffsetDateTime.class), rows.getInt(7));
					current.put(key(stored.region, stored.start), stored);
				}
			}
			return current;
		}
		finally {
			regions.free();
		}
	}

	private static void replace(Connection connection, List<CheckedValue> revised, List<Stored> replaced,
			Sender sender, OffsetDateTime arrived) throws SQLException {
		if (revised.isEmpty()) {
			return;
		}
		try (PreparedStatement update = connection.prepareStatement(REPLACE)) {
			for (int i = 0; i < revised.size(); i++) {
				CheckedValue value = revised.get(i);
				update.setDouble(1, value.value());
				update.setString(2, sender.source().name());
				update.setString(3, sender.name());
				update.setObject(4, arrived);
				update.setInt(5, replaced.get(i).revision + 1);
				bindKey(update, 6, value);
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	private static void bindKey(PreparedStatement statement, int first, CheckedValue value) throws SQLException {
		statement.setString(first, value.indicator().value());
		statement.setString(first + 1, value.region().value());
		statement.setObject(first + 2, value.period().start());
	}

	private static String key(String region, LocalDate start) {
		return region + '|' + start;
	}

	/** A current value as stored, about to become a revision. */
	private record Stored(String indicator, String region, LocalDate start, double figure, String source,
			String sender, OffsetDateTime arrived, int revision) {

		void bind(PreparedStatement insert, int first, OffsetDateTime superseded) throws SQLException {
			insert.setString(first, indicator);
			insert.setString(first + 1, region);
			insert.setObject(first + 2, start);
			insert.setInt(first + 3, revision);
			insert.setDouble(first + 4, figure);
			insert.setString(first + 5, source);
			insert.setString(first + 6, sender);
			insert.setObject(first + 7, arrived);
			insert.setObject(first + 8, superseded);
		}
	}
}
