package org.tongguan.casework.internal;

import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseStage;

/**
 * The case table as a list query names it: on H2, a filter on open stages only reads the stage index. H2 plans by
 * each column's share of distinct values, which says nothing of how few cases are still open among millions closed,
 * so for a city-wide scope it would read every case through the scope's range on {@code district_code} (15.9 s for
 * the cockpit's overdue count at 1,000,000 cases; docs/benchmarks.md). PostgreSQL's statistics know the skew.
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

	/** The table clause for a query filtered on these stages (none for no filter). */
	String forStages(Set<CaseStage> stages) {
		boolean openOnly = stages != null && !stages.isEmpty() && stages.stream().noneMatch(CaseStage::terminal);
		return h2 && openOnly ? TABLE + " USE INDEX (casework_case_stage)" : TABLE;
	}
}
