package org.tongguan.casework.statistics.ready;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.support.PlatformTest;

/**
 * The statistics queries on the ready data read the slices decision 0015 made for them, on H2 and on PostgreSQL:
 * through their primary key (view, span, period range), for the cells, the late closures and the runs of handling
 * times alike. On PostgreSQL sequential scans are switched off for the
 * check, as the planner rightly prefers them on the test's nearly empty tables; what is checked is that the index
 * serves the query's conditions.
 */
@PlatformTest
class ReadyStatisticsPlanTests {

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	SliceStore slices;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void cellsLateClosuresAndHandlingTimesAreReadAsOneRangeOfSlicesBySpanAndPeriod() {
		Object[] params = { CellView.DEPARTMENT.name(), "D", Date.valueOf(LocalDate.of(2024, 3, 15)),
				Date.valueOf(LocalDate.of(2025, 3, 15)) };
		assertThat(plan(slices.cells().ranges().statement(), params)).contains(index("casework_statistics_slice"))
			.containsAnyOf("period >= ?", "period >= '");
		assertThat(plan(slices.times().ranges().statement(), params)).contains(index("casework_statistics_times"))
			.containsAnyOf("period >= ?", "period >= '");
	}

	/** The plan as the database explains it, lower case. */
	private String plan(String sql, Object[] params) {
		return transactions.execute(status -> {
			if (postgres()) {
				jdbc.getJdbcTemplate().execute("SET LOCAL enable_seqscan = off");
			}
			List<String> lines = jdbc.getJdbcTemplate().queryForList("EXPLAIN " + sql, String.class, params);
			return String.join("\n", lines).toLowerCase(Locale.ROOT);
		});
	}

	/** How the plan names the primary key of a table: H2 {@code primary_key_…}, PostgreSQL {@code <table>_pkey}. */
	private String index(String table) {
		return postgres() ? table + "_pkey" : "primary_key_";
	}

	private boolean postgres() {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
