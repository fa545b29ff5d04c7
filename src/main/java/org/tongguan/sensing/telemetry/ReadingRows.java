package org.tongguan.sensing.telemetry;

import java.sql.Connection;
import java.sql.SQLException;

import org.tongguan.shared.MultiRowInsert;

/**
 * Inserts the rows of a flush into {@code sensing_reading} with multi-row INSERT statements of up to 512 rows (sizes
 * are powers of two, so each database caches at most ten statements): on H2 and PostgreSQL alike several times faster
 * than a JDBC batch of single-row inserts; and adds them to the day totals ({@link DailyTotals}) in the same
 * transaction.
 */
final class ReadingRows {

	private static final MultiRowInsert INSERT = new MultiRowInsert(
			"sensing_reading (device_id, metric, measured_at, measurement)", "(?, ?, ?, ?)", 512);

	private ReadingRows() {
	}

	/** Inserts every row of the buffer and adds it to the day totals; the caller commits. */
	static void insert(Connection connection, RowBuffer rows, DailyTotals totals) throws SQLException {
		INSERT.insert(connection, rows.size, (insert, first, row) -> {
			insert.setLong(first, rows.devices[row]);
			insert.setString(first + 1, rows.metrics[row]);
			insert.setLong(first + 2, rows.times[row]);
			insert.setDouble(first + 3, rows.values[row]);
		});
		totals.add(connection, rows);
	}
}
