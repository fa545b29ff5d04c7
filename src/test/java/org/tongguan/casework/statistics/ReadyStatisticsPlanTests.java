package org.tongguan.casework.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.region.RegionCode;
import org.tongguan.support.PlatformTest;

/**
 * The statistics queries on the ready data read the indexes decision 0015 made for them, on H2 and on PostgreSQL:
 * the cells through their primary key (view, span, period range), the closures after the due time that came after
 * the period's end through theirs (view, closure day), the runs of handling times through theirs (view, span, period
 * range). On PostgreSQL sequential scans are switched off for the
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
	TransactionTemplate transactions;

	@Test
	void aYearByDepartmentReadsCellsAndHandlingTimesByPeriodAndLateClosuresByClosureDay() {
		CellQuery query = new CellQuery(CellView.DEPARTMENT, LocalDate.of(2024, 3, 15), LocalDate.of(2025, 3, 15));
		query.within("scope", RegionCode.of("440300"));
		assertThat(query.counts()).hasSize(3)
			.allSatisfy(sql -> assertThat(plan(sql, query.params())).contains(index("casework_statistics_cell"))
				.containsAnyOf("period >= ?", "period >= '"));
		assertThat(plan(query.closedAfterTheEnd(), query.params())).contains(index("casework_statistics_late"))
			.containsAnyOf("closed_day >= ?", "closed_day >= '");
		assertThat(query.times()).hasSize(3)
			.allSatisfy(sql -> assertThat(plan(sql, query.params())).contains(index("casework_statistics_times"))
				.containsAnyOf("period >= ?", "period >= '"));
	}

	@Test
	void oneDistrictsStreetsInOneMonthReadTheMonthsCellsOfThatDistrict() {
		CellQuery query = new CellQuery(CellView.STREET, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1));
		query.within("scope", RegionCode.PLATFORM);
		query.within("region", RegionCode.of("440304"));
		assertThat(query.counts()).singleElement()
			.satisfies(sql -> assertThat(plan(sql, query.params())).contains(index("casework_statistics_cell"))
				.containsAnyOf("district_code = ?", "district_code)::text = '440304'"));
	}

	/** The plan as the database explains it, lower case. */
	private String plan(String sql, Map<String, Object> params) {
		return transactions.execute(status -> {
			if (postgres()) {
				jdbc.getJdbcTemplate().execute("SET LOCAL enable_seqscan = off");
			}
			List<String> lines = jdbc.queryForList("EXPLAIN " + sql, params, String.class);
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
