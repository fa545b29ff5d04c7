package org.tongguan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A checkpoint writes the changes of an open transaction to the H2 file as a chunk and leaves the transaction open;
 * for a user who may not checkpoint it turns into nothing instead of failing the writer.
 */
class H2CheckpointTests {

	@TempDir
	Path directory;

	@Test
	void writesAChunkAndLeavesTheTransactionOpen() throws SQLException {
		SingleConnectionDataSource database = new SingleConnectionDataSource(
				"jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0", "sa", "", true);
		try (Connection connection = database.getConnection()) {
			JdbcTemplate jdbc = new JdbcTemplate(database);
			jdbc.execute("CREATE TABLE slice (id INT PRIMARY KEY, cells VARBINARY(100000))");
			connection.setAutoCommit(false);
			MVStore store = store(connection);
			jdbc.update("INSERT INTO slice VALUES (1, ?)", (Object) new byte[50_000]);
			long version = store.getCurrentVersion();

			H2Checkpoint.of(jdbc).run();

			assertThat(store.getCurrentVersion()).isGreaterThan(version);
			assertThat(store.hasUnsavedChanges()).isFalse();
			connection.rollback();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM slice", Integer.class)).isZero();
		}
		finally {
			database.destroy();
		}
	}

	@Test
	void aUserWhoMayNotCheckpointGoesWithout() {
		SingleConnectionDataSource admin = new SingleConnectionDataSource(
				"jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0", "sa", "", true);
		new JdbcTemplate(admin).execute("CREATE USER writer PASSWORD 'demo-only'");
		admin.destroy();
		// settings in the URL need administrators too
		SingleConnectionDataSource writer = new SingleConnectionDataSource("jdbc:h2:file:" + directory.resolve("db"),
				"writer", "demo-only", true);
		try {
			H2Checkpoint checkpoint = H2Checkpoint.of(new JdbcTemplate(writer));
			checkpoint.run();
			checkpoint.run();
		}
		finally {
			writer.destroy();
		}
	}

	private static MVStore store(Connection connection) throws SQLException {
		return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
			.getStore()
			.getMvStore();
	}
}
