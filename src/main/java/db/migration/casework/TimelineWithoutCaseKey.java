package db.migration.casework;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 2026.11.21.0900: the timeline keeps its case id without a foreign key (decision 0011). In Java because
 * H2 named the constraint itself when the table was created, so only the database's metadata knows its name. Flyway
 * finds it next to casework's SQL migrations ({@code classpath:db/migration/casework}); its version, description and
 * (absent) checksum are those it was first applied with.
 */
public class TimelineWithoutCaseKey implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2026.11.21.0900");
	}

	@Override
	public String getDescription() {
		return "timeline without case key";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement drop = connection.createStatement()) {
			for (String constraint : keysToCases(connection)) {
				drop.execute("ALTER TABLE casework_timeline DROP CONSTRAINT \"" + constraint + "\"");
			}
		}
	}

	/** The names of the foreign keys from the timeline to the cases (one, unless someone added more). */
	private static List<String> keysToCases(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		boolean upper = metadata.storesUpperCaseIdentifiers();
		List<String> names = new ArrayList<>();
		try (ResultSet keys = metadata.getImportedKeys(null, connection.getSchema(),
				upper ? "CASEWORK_TIMELINE" : "casework_timeline")) {
			while (keys.next()) {
				if ("casework_case".equalsIgnoreCase(keys.getString("PKTABLE_NAME"))) {
					names.add(keys.getString("FK_NAME"));
				}
			}
		}
		return names;
	}
}
