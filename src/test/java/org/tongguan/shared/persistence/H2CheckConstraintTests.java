package org.tongguan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The platform's check constraints keep working on a fresh H2 database after the connection that migrated it is
 * closed (H2 2.4 ties an {@code IN} list's constraint to the session that created it): valid rows are stored, invalid
 * ones refused as violations.
 */
class H2CheckConstraintTests {

	private final String url = "jdbc:h2:mem:checks_" + UUID.randomUUID().toString().replace("-", "")
			+ ";DB_CLOSE_DELAY=-1";

	@Test
	void constraintsHoldAfterTheMigratingConnectionIsClosed() throws SQLException {
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration/region", "classpath:db/migration/identity",
					"classpath:db/migration/catalog", "classpath:db/migration/calendar",
					"classpath:db/migration/casework", "classpath:db/migration/sensing", "classpath:db/migration-h2")
			.load()
			.migrate();

		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO calendar_special_day (special_date, kind, name, imported_at) "
					+ "VALUES (DATE '2027-01-01', 'HOLIDAY', '元旦', CURRENT_TIMESTAMP)");
			statement.execute(attachment("a1", "BEFORE"));

			assertThatThrownBy(() -> statement.execute("INSERT INTO calendar_special_day (special_date, kind, name, "
					+ "imported_at) VALUES (DATE '2027-01-02', 'HOLIDAYS', '?', CURRENT_TIMESTAMP)"))
				.isInstanceOfSatisfying(SQLException.class,
						e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.CHECK_CONSTRAINT_VIOLATED_1));
			assertThatThrownBy(() -> statement.execute(attachment("a2", "SELFIE")))
				.isInstanceOfSatisfying(SQLException.class,
						e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.CHECK_CONSTRAINT_VIOLATED_1));
		}
	}

	private static String attachment(String id, String role) {
		return "INSERT INTO casework_attachment (id, role, media_type, size_bytes, sha256, stored_path, uploaded_by, "
				+ "uploaded_at) VALUES ('" + id + "', '" + role + "', 'image/png', 1, 'x', 'p', 'u', CURRENT_TIMESTAMP)";
	}
}
