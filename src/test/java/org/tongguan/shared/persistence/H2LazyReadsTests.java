package org.tongguan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

/** Reads run in H2's lazy mode, and the connection goes back to the pool as the platform runs it, also on failure. */
class H2LazyReadsTests {

	@Test
	void readsRunLazilyAndTheConnectionIsLeftAsItWas() throws SQLException {
		try (Connection connection = connection()) {
			boolean during = H2LazyReads.on(connection, () -> session(connection).isLazyQueryExecution());

			assertThat(during).isTrue();
			assertThat(session(connection).isLazyQueryExecution()).isFalse();
		}
	}

	@Test
	void failedReadsLeaveTheConnectionAsItWas() throws SQLException {
		try (Connection connection = connection()) {
			assertThatThrownBy(() -> H2LazyReads.on(connection, () -> {
				throw new SQLException("the read failed");
			})).hasMessage("the read failed");

			assertThat(session(connection).isLazyQueryExecution()).isFalse();
		}
	}

	private static Connection connection() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:mem:lazy_" + UUID.randomUUID().toString().replace("-", ""), "sa",
				"");
	}

	private static SessionLocal session(Connection connection) throws SQLException {
		return (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
	}
}
