package org.tongguan.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A multi-row INSERT ({@code INSERT INTO … VALUES (…), (…), …}) for storing many rows at once: on H2 and PostgreSQL
 * alike several times faster than a JDBC batch of single-row inserts. The rows go in statements of power-of-two sizes
 * up to a largest one, so each database sees and caches only a few distinct statements per table.
 */
public final class MultiRowInsert {

	private final String[] statements;

	private final int parameters;

	private final String[] keyColumns;

	/**
	 * @param into the table and its columns, e.g. {@code sensing_reading (device_id, metric)}
	 * @param row the values of one row, e.g. {@code (?, ?)} (literals allowed)
	 * @param largest the most rows of one statement, a power of two
	 * @param keyColumns the columns whose values {@link #insert(Connection, int, Row, Keys)} reads back, e.g. the
	 * generated id
	 */
	public MultiRowInsert(String into, String row, int largest, String... keyColumns) {
		if (largest < 1 || Integer.bitCount(largest) != 1) {
			throw new IllegalArgumentException("largest must be a power of two, not " + largest);
		}
		this.statements = new String[Integer.numberOfTrailingZeros(largest) + 1];
		this.parameters = (int) row.chars().filter(c -> c == '?').count();
		this.keyColumns = keyColumns.clone();
		for (int power = 0; power < statements.length; power++) {
			StringBuilder sql = new StringBuilder("INSERT INTO ").append(into).append(" VALUES ").append(row);
			for (int rows = 1; rows < 1 << power; rows++) {
				sql.append(", ").append(row);
			}
			statements[power] = sql.toString();
		}
	}

	/** Inserts {@code rows} rows; the caller commits. */
	public void insert(Connection connection, int rows, Row row) throws SQLException {
		insert(connection, rows, row, null);
	}

	/**
	 * Inserts {@code rows} rows and hands the key columns the database returns for each statement to {@code keys};
	 * the caller commits.
	 */
	public void insert(Connection connection, int rows, Row row, Keys keys) throws SQLException {
		int next = 0;
		while (next < rows) {
			int power = Math.min(31 - Integer.numberOfLeadingZeros(rows - next), statements.length - 1);
			int count = 1 << power;
			try (PreparedStatement insert = keys == null ? connection.prepareStatement(statements[power])
					: connection.prepareStatement(statements[power], keyColumns)) {
				do {
					for (int i = 0; i < count; i++) {
						row.bind(insert, i * parameters + 1, next + i);
					}
					insert.executeUpdate();
					if (keys != null) {
						try (ResultSet returned = insert.getGeneratedKeys()) {
							keys.read(returned);
						}
					}
					next += count;
				}
				while (rows - next >= count);
			}
		}
	}

	/** Binds the parameters of one row. */
	@FunctionalInterface
	public interface Row {

		/** Binds the values of row {@code row} (counted from 0) from parameter {@code first} on. */
		void bind(PreparedStatement insert, int first, int row) throws SQLException;
	}

	/** Reads the key columns the database returned for the rows of one statement. */
	@FunctionalInterface
	public interface Keys {

		/** Reads every row of {@code returned}. */
		void read(ResultSet returned) throws SQLException;
	}
}
