package org.tongguan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.result.Row;
import org.h2.table.Table;
import org.junit.jupiter.api.Test;

/**
 * H2 can reopen after a kill with an entry missing from an index of the event publication table, and marking the
 * publication completed then fails; the next start's migrations rebuild the index and the update goes through.
 */
class H2EventPublicationIndexesTests {

	private final String url = "jdbc:h2:mem:publications_" + UUID.randomUUID().toString().replace("-", "")
			+ ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=200";

	@Test
	void anIndexEntryLostInACrashIsRebuiltOnStart() throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute(modulithSchema());
			UUID publication = UUID.randomUUID();
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO EVENT_PUBLICATION (ID, "
					+ "EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT) VALUES (?, 'CaseFiled', "
					+ "'statistics', CURRENT_TIMESTAMP, '{\"id\":1}')")) {
				insert.setObject(1, publication);
				insert.executeUpdate();
			}
			loseIndexEntry(connection, "EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX", publication);
			assertThatThrownBy(() -> complete(connection, publication)).isInstanceOf(SQLException.class)
				.hasStackTraceContaining("Row not found when trying to delete from index");

			migrate();

			assertThat(complete(connection, publication)).isEqualTo(1);
			try (ResultSet indexes = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
					+ "WHERE TABLE_NAME = 'EVENT_PUBLICATION' AND INDEX_TYPE_NAME = 'INDEX'")) {
				indexes.next();
				assertThat(indexes.getInt(1)).isEqualTo(2);
			}
		}
	}

	@Test
	void aDatabaseWithoutTheTableIsLeftAlone() {
		migrate();
	}

	private static int complete(Connection connection, UUID publication) throws SQLException {
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE EVENT_PUBLICATION SET COMPLETION_DATE = CURRENT_TIMESTAMP WHERE ID = ?")) {
			update.setObject(1, publication);
			return update.executeUpdate();
		}
	}

	/** What a crash can leave: the row stored, its entry in one index gone. */
	private static void loseIndexEntry(Connection connection, String indexName, UUID publication)
			throws SQLException {
		long key;
		try (PreparedStatement select = connection
			.prepareStatement("SELECT _ROWID_ FROM EVENT_PUBLICATION WHERE ID = ?")) {
			select.setObject(1, publication);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				key = row.getLong(1);
			}
		}
		SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
		Index index = session.getDatabase().getSchema("PUBLIC").findIndex(session, indexName);
		Table table = index.getTable();
		Row row = table.getRow(session, key);
		index.remove(session, row);
		session.commit(false);
	}

	/** Spring Modulith's own H2 schema for the table, as its schema initialisation runs it. */
	private static String modulithSchema() throws IOException {
		try (InputStream script = H2EventPublicationIndexesTests.class
			.getResourceAsStream("/org/springframework/modulith/events/jdbc/schemas/v2/schema-h2.sql")) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The platform's next start: Flyway migrates (nothing new here) and runs its callbacks. */
	private void migrate() {
		Flyway.configure()
			.dataSource(url, "sa", "")
			.baselineOnMigrate(true)
			.callbacks(new H2EventPublicationIndexes())
			.load()
			.migrate();
	}
}
