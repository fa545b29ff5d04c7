package org.tongguan.sensing.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts the rows of a flush into {@code sensing_reading} with multi-row INSERT statements of up to 512 rows (sizes
 * are powers of two, so each database caches at most ten statements): on H2 and PostgreSQL alike several times faster
 * than a JDBC batch of single-row inserts.
 */
final class ReadingRows {

	private static final int LARGEST = 512;

	private static final String[] INSERTS = new String[Integer.numberOfTrailingZeros(LARGEST) + 1];

	static {
		for (int power = 0; power < INSERTS.length; power++) {
			StringBuilder sql = new StringBuilder(
					"INSERT INTO sensing_reading (device_id, metric, measured_at, measurement) VALUES (?, ?, ?, ?)");
			for (int row = 1; row < 1 << power; row++) {
				sql.append(", (?, ?, ?, ?)");
			}
			INSERTS[power] = sql.toString();
		}
	}

	private ReadingRows() {
	}

	/** Inserts every row of the buffer; the caller commits. */
	static void insert(Connection connection, RowBuffer rows) throws SQLException {
		int next = 0;
		while (next < rows.size) {
			int power = Math.min(31 - Integer.numberOfLeadingZeros(rows.size - next), INSERTS.length - 1);
			int count = 1 << power;
			try (PreparedStatement insert = connection.prepareStatement(INSERTS[power])) {
				int parameter = 1;
				for (int row = next; row < next + count; row++) {
					insert.setLong(parameter++, rows.devices[row]);
					insert.setString(parameter++, rows.metrics[row]);
					insert.setLong(parameter++, rows.times[row]);
					insert.setDouble(parameter++, rows.values[row]);
				}
				insert.executeUpdate();
			}
			next += count;
		}
	}
}
