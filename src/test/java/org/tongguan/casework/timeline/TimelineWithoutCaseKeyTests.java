package org.tongguan.casework.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.support.PlatformTest;

/** The Java migration that takes the foreign key off the timeline, on whichever database the platform runs. */
@PlatformTest
class TimelineWithoutCaseKeyTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsAfterTheSqlMigrationsAndLeavesTheOtherKeysToCasesInPlace() throws SQLException {
		assertThat(jdbc.sql("""
				SELECT "description" FROM "flyway_schema_history" WHERE "version" = '2026.11.21.0900'""")
			.query(String.class)
			.single()).isEqualTo("timeline without case key");
		assertThat(tablesReferringToCases()).contains("casework_request", "casework_work_item")
			.doesNotContain("casework_timeline");
	}

	private List<String> tablesReferringToCases() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			String cases = metadata.storesUpperCaseIdentifiers() ? "CASEWORK_CASE" : "casework_case";
			List<String> tables = new ArrayList<>();
			try (ResultSet keys = metadata.getExportedKeys(null, connection.getSchema(), cases)) {
				while (keys.next()) {
					tables.add(keys.getString("FKTABLE_NAME").toLowerCase());
				}
			}
			return tables;
		}
	}
}
