package org.tongguan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import java.util.UUID;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreCompactionTests {

	@TempDir
	Path directory;

	@Test
	void roundsRaiseTheLiveShareOfAFileThatSmallCommitsLeftMostlyDead() throws Exception {
		JdbcDataSource dataSource = new JdbcDataSource();
		// as the platform's URL (WRITE_DELAY=0: no H2 background thread); no retention, so rewritten chunks free at once
		dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0");
		try (Connection connection = dataSource.getConnection()) {
			MVStore store = store(connection);
			writeInSmallCommits(connection, 10_000);
			int before = store.getFileStore().getChunksFillRate();

			H2StoreCompaction compaction = new H2StoreCompaction(dataSource);
			for (int round = 0; round < 20; round++) {
				compaction.round();
				store.commit();
			}

			assertThat(before).isLessThan(H2StoreCompaction.TARGET_FILL_RATE / 2);
			assertThat(store.getFileStore().getChunksFillRate()).isGreaterThanOrEqualTo(
					H2StoreCompaction.TARGET_FILL_RATE / 2);
		}
	}

	@Test
	void anotherDatabaseIsLeftAlone() {
		JdbcDataSource memory = new JdbcDataSource();
		memory.setURL("jdbc:h2:mem:compaction-" + UUID.randomUUID());
		H2StoreCompaction compaction = new H2StoreCompaction(memory);

		compaction.start();

		assertThat(compaction.isRunning()).isFalse();
	}

	private static MVStore store(Connection connection) throws SQLException {
		return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
			.getStore()
			.getMvStore();
	}

	/** Rows with random index keys, ten per commit: every commit rewrites leaves all over the indexes. */
	private static void writeInSmallCommits(Connection connection, int rows) throws SQLException {
		connection.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id UUID PRIMARY KEY, a INT, b VARCHAR(100))");
		connection.createStatement().execute("CREATE INDEX IF NOT EXISTS t_a ON t (a)");
		connection.setAutoCommit(false);
		Random random = new Random(1);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
			for (int i = 0; i < rows; i++) {
				insert.setObject(1, UUID.randomUUID());
				insert.setInt(2, random.nextInt());
				insert.setString(3, "x".repeat(100));
				insert.executeUpdate();
				if (i % 10 == 9) {
					connection.commit();
				}
			}
		}
		connection.commit();
		connection.setAutoCommit(true);
	}
}
