package org.tongguan.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs reads on one connection in H2's lazy mode ({@code LAZY_QUERY_EXECUTION}), in which a plain query hands its
 * rows over as it finds them; on another database it just runs them. By default H2 gathers a query's whole result
 * before the first row and keeps up to about 15,000 rows of it in the heap (with the README's flags), so a read of
 * large rows — a year of the statistics' grid slices at 10,000,000 cases is some hundreds of megabytes — ran the
 * platform out of memory; a fetch size, which streams such reads on PostgreSQL, does nothing on an embedded H2
 * connection (docs/benchmarks.md, 2026-12-07).
 */
public final class H2LazyReads {

	private H2LazyReads() {
	}

	/** Reads that may throw what JDBC throws. */
	@FunctionalInterface
	public interface Reads<T> {

		T run() throws SQLException;
	}

	/** Runs the reads on the connection, lazily on H2, and leaves the connection as the platform runs it. */
	public static <T> T on(Connection connection, Reads<T> reads) throws SQLException {
		if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
			return reads.run();
		}
		lazy(connection, true);
		try {
			return reads.run();
		}
		finally {
			lazy(connection, false);
		}
	}

	private static void lazy(Connection connection, boolean on) throws SQLException {
		try (Statement set = connection.createStatement()) {
			set.execute("SET LAZY_QUERY_EXECUTION " + on);
		}
	}
}
