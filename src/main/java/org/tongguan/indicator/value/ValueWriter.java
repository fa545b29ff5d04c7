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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorValuesRecorded;
import org.tongguan.indicator.IndicatorValuesRecorded.Recorded;
import org.tongguan.shared.MultiRowInsert;
import org.tongguan.shared.persistence.CopyIn;

/**
 * Stores a checked batch of values in one transaction in bulk, never a statement per value: per indicator one query
 * reads the current values of the batch's regions and periods; new values and the values corrections replace (moved to
 * {@code indicator_value_revision}, superseded now) go in with COPY on PostgreSQL and multi-row INSERTs elsewhere, and
 * the corrected values take their keys' rows with the next revision number in one JDBC batch; an equal value is left
 * as it is. The created and revised values are published as {@link IndicatorValuesRecorded} inside the transaction.
 */
@Component
class ValueWriter {

	private static final int ROWS_PER_STATEMENT = 256;

	private static final String VALUE_COLUMNS = """
			indicator_value (indicator_code, region_code, period_start, figure, source, sender, arrived_at, \
			revision)""";

	private static final String REVISION_COLUMNS = """
			indicator_value_revision (indicator_code, region_code, period_start, revision, figure, source, sender, \
			arrived_at, superseded_at)""";

	private static final Bulk VALUES = new Bulk(VALUE_COLUMNS, "(?, ?, ?, ?, ?, ?, ?, ?)");

	private static final Bulk REVISIONS = new Bulk(REVISION_COLUMNS, "(?, ?, ?, ?, ?, ?, ?, ?, ?)");

	private static final String CURRENT = """
			SELECT region_code, period_start, figure, source, sender, arrived_at, revision FROM indicator_value
			WHERE indicator_code = ? AND region_code = ANY (?) AND period_start BETWEEN ? AND ?""";

	private static final String REPLACE = """
			UPDATE indicator_value SET figure = ?, source = ?, sender = ?, arrived_at = ?, revision = ?
			WHERE indicator_code = ? AND region_code = ? AND period_start = ?""";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	ValueWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Stores the values as sent by the sender now. */
	@Transactional
	public IngestResult write(List<CheckedValue> values, Sender sender, Instant now) {
		OffsetDateTime arrived = now.atOffset(ZoneOffset.UTC);
		Map<IndicatorCode, List<CheckedValue>> byIndicator = new LinkedHashMap<>();
		values.forEach(value -> byIndicator.computeIfAbsent(value.indicator(), code -> new ArrayList<>()).add(value));
		List<CheckedValue> created = new ArrayList<>();
		List<CheckedValue> revised = new ArrayList<>();
		jdbc.execute((Connection connection) -> {
			List<Stored> replaced = new ArrayList<>();
			for (List<CheckedValue> batch : byIndicator.values()) {
				Map<Key, Stored> current = current(connection, batch);
				for (CheckedValue value : batch) {
					Stored stored = current.get(new Key(value.region().value(), value.period().start()));
					if (stored == null) {
						created.add(value);
					}
					else if (Double.compare(stored.figure, value.value()) != 0) {
						replaced.add(stored);
						revised.add(value);
					}
				}
			}
			REVISIONS.store(connection, replaced.size(), row -> replaced.get(row).revision(arrived));
			replace(connection, revised, replaced, sender, arrived);
			VALUES.store(connection, created.size(), row -> {
				CheckedValue value = created.get(row);
				return new Object[] { value.indicator().value(), value.region().value(), value.period().start(),
						value.value(), sender.source().name(), sender.name(), arrived, 1 };
			});
			return created.size();
		});
		publish(created, revised);
		return new IngestResult(values.size(), created.size(), revised.size(),
				values.size() - created.size() - revised.size());
	}

	private void publish(List<CheckedValue> created, List<CheckedValue> revised) {
		if (created.isEmpty() && revised.isEmpty()) {
			return;
		}
		List<Recorded> recorded = new ArrayList<>(created.size() + revised.size());
		created.forEach(value -> recorded.add(recorded(value, false)));
		revised.forEach(value -> recorded.add(recorded(value, true)));
		events.publishEvent(new IndicatorValuesRecorded(recorded));
	}

	private static Recorded recorded(CheckedValue value, boolean revised) {
		return new Recorded(value.indicator(), value.region(), value.period(), value.value(), revised);
	}

	/** The current values of the batch's regions within its periods, by region and period start. */
	private static Map<Key, Stored> current(Connection connection, List<CheckedValue> batch) throws SQLException {
		Array regions = connection.createArrayOf("VARCHAR",
				batch.stream().map(value -> value.region().value()).distinct().toArray());
		try (PreparedStatement select = connection.prepareStatement(CURRENT)) {
			select.setString(1, batch.get(0).indicator().value());
			select.setArray(2, regions);
			select.setObject(3, batch.stream().map(value -> value.period().start()).min(Comparator.naturalOrder())
				.orElseThrow());
			select.setObject(4, batch.stream().map(value -> value.period().start()).max(Comparator.naturalOrder())
				.orElseThrow());
			Map<Key, Stored> current = new HashMap<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Stored stored = new Stored(batch.get(0).indicator().value(), rows.getString(1),
							rows.getObject(2, LocalDate.class), rows.getDouble(3), rows.getString(4),
							rows.getString(5), rows.getObject(6, OffsetDateTime.class), rows.getInt(7));
					current.put(new Key(stored.region, stored.start), stored);
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
				update.setString(6, value.indicator().value());
				update.setString(7, value.region().value());
				update.setObject(8, value.period().start());
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	/** A value's region and period within one indicator's batch. */
	private record Key(String region, LocalDate start) {
	}

	/** A current value as stored, about to become a revision. */
	private record Stored(String indicator, String region, LocalDate start, double figure, String source,
			String sender, OffsetDateTime arrived, int revision) {

		/** Its row in {@code indicator_value_revision}, superseded at that moment. */
		Object[] revision(OffsetDateTime superseded) {
			return new Object[] { indicator, region, start, revision, figure, source, sender, arrived, superseded };
		}
	}

	/** Rows into one table: COPY on PostgreSQL, multi-row INSERTs elsewhere. */
	private static final class Bulk {

		private final CopyIn copy;

		private final MultiRowInsert insert;

		Bulk(String into, String row) {
			this.copy = new CopyIn(into);
			this.insert = new MultiRowInsert(into, row, ROWS_PER_STATEMENT);
		}

		void store(Connection connection, int rows, CopyIn.Row row) throws SQLException {
			if (rows == 0) {
				return;
			}
			if (CopyIn.availableOn(connection)) {
				copy.copy(connection, rows, row);
				return;
			}
			insert.insert(connection, rows, (statement, first, index) -> {
				Object[] values = row.values(index);
				for (int i = 0; i < values.length; i++) {
					statement.setObject(first + i, values[i]);
				}
			});
		}
	}
}
