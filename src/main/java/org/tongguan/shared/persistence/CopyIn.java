package org.tongguan.shared.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's bulk load ({@code COPY … FROM STDIN}, text format) for rows the caller has as values: the server
 * neither parses nor plans a statement per batch, and it stores rows while the platform is still sending them.
 * Values may be {@code null}, strings, numbers, booleans and instants.
 */
public final class CopyIn {

	/** Characters sent to the server at a time. */
	private static final int CHUNK = 1 << 16;

	private final String sql;

	/** @param into the table and its columns, e.g. {@code casework_timeline (case_id, at)} */
	public CopyIn(String into) {
		this.sql = "COPY " + into + " FROM STDIN";
	}

	/** Whether the connection is to PostgreSQL, the one database of the platform's that has COPY. */
	public static boolean availableOn(Connection connection) throws SQLException {
		return connection.isWrapperFor(PGConnection.class);
	}

	/** Stores {@code rows} rows, the values of each from {@code row}; the caller commits. */
	public void copy(Connection connection, int rows, Row row) throws SQLException {
		CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
		org.postgresql.copy.CopyIn copy = copies.copyIn(sql);
		try {
			StringBuilder text = new StringBuilder(CHUNK + 4096);
			for (int i = 0; i < rows; i++) {
				append(text, row.values(i));
				if (text.length() >= CHUNK || i == rows - 1) {
					byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
					copy.writeToCopy(bytes, 0, bytes.length);
					text.setLength(0);
				}
			}
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void append(StringBuilder text, Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append('\t');
			}
			appendValue(text, values[i]);
		}
		text.append('\n');
	}

	private static void appendValue(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof Boolean truth) {
			text.append(truth ? 't' : 'f');
		}
		else if (value instanceof Number || value instanceof Instant) {
			text.append(value);
		}
		else {
			escape(text, value.toString());
		}
	}

	/** Escapes what the text format gives a meaning: backslash, tab, line feed and carriage return. */
	private static void escape(StringBuilder text, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

	/** The values of one row, in the order of the columns. */
	@FunctionalInterface
	public interface Row {

		/** The values of row {@code index}. */
		Object[] values(int index);
	}
}
