package org.tongguan.casework.query;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseStage;
import org.tongguan.region.RegionCode;

/**
 * The case table as a list query names it: on H2, the index that reads fewest cases is named in the query. H2 plans
 * by each column's share of distinct values, which says nothing of how few cases are still open among millions
 * closed, or of how few a recent period holds among years, so for a city-wide scope it would read every case through
 * the scope's range on {@code district_code}: 15.9 s for the cockpit's overdue count and 3.3 s for its ticker's last
 * 7 days at 1,000,000 cases, against 72 ms and 34 ms through the stage and report-time indexes (docs/benchmarks.md).
 * PostgreSQL's statistics know the skew.
 */
@Component
class CaseTable {

	private static final String TABLE = "casework_case c";

	private final boolean h2;

	CaseTable(DataSource dataSource) throws SQLException {
		try (var connection = dataSource.getConnection()) {
			this.h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

	/**
	 * The table clause for the filter's query within the caller's scope: open stages only read the stage index
	 * {@code (stage, backlog, due_at)}; a period with a start, in a scope wider than one district and without a
	 * category or department (whose indexes lead with them), reads the report-time index.
	 */
	String of(CaseFilter filter, RegionCode scope) {
		if (!h2) {
			return TABLE;
		}
		if (!filter.stages().isEmpty() && filter.stages().stream().noneMatch(CaseStage::terminal)) {
			return TABLE + " USE INDEX (casework_case_stage)";
		}
		boolean wide = !inOneDistrict(scope) && (filter.region() == null || !inOneDistrict(filter.region()));
		if (filter.from() != null && wide && filter.category() == null && filter.department() == null) {
			return TABLE + " USE INDEX (casework_case_reported)";
		}
		return TABLE;
	}

	private static boolean inOneDistrict(RegionCode region) {
		return region.significantPrefix().length() >= 6;
	}
}
