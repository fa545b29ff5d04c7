package org.tongguan.casework.store;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;

/**
 * Keeps the statistics' ready data (decision 0015) in step with the cases: every change of a case marks it pending
 * in the change's own transaction, and {@link org.tongguan.casework.statistics.ReadyStatistics#catchUp()} folds the
 * pending cases into the ready data. It lives with the case store so that casework never calls its statistics
 * module (a nested module that reads casework).
 */
@Component
public class StatisticsLedger {

	private final JdbcTemplate jdbc;

	StatisticsLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks a case whose statistics may have changed, in the caller's transaction. */
	public void changed(CaseId id) {
		changed(List.of(id));
	}

	/** Marks cases whose statistics may have changed, in the caller's transaction. */
	public void changed(Collection<CaseId> ids) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("INSERT INTO casework_statistics_pending (case_id) VALUES (?)",
				ids.stream().map(id -> new Object[] { id.value() }).toList());
	}
}
