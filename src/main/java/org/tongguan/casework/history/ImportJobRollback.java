package org.tongguan.casework.history;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.statistics.ImportStatistics;
import org.tongguan.casework.store.StatisticsLedger;

/**
 * Removes the cases an import job stored (those carrying its id, within the id range its row records) with their
 * timeline entries, a chunk per transaction; in the same transaction, the cases the statistics had merged are marked
 * changed (a removed case contributes nothing once folded), and the contributions of those not merged yet are removed
 * with them ({@link ImportStatistics}).
 */
@Component
class ImportJobRollback {

	private static final int CHUNK = 4096;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final StatisticsLedger ledger;

	private final ImportJobStore jobs;

	private final ImportStatistics statistics;

	ImportJobRollback(JdbcTemplate jdbc, PlatformTransactionManager transactions, StatisticsLedger ledger,
			ImportJobStore jobs, ImportStatistics statistics) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.ledger = ledger;
		this.jobs = jobs;
		this.statistics = statistics;
	}

	/** Removes every case the job stored; answers how many. */
	long remove(String job) {
		long[] range = jobs.caseRange(job);
		if (range == null) {
			statistics.end(job);
			return 0;
		}
		long merged = statistics.mergedThrough(job);
		long removed = 0;
		long from = range[0];
		while (from <= range[1]) {
			List<Long> ids = jdbc.queryForList("SELECT id FROM casework_case WHERE id >= ? AND id <= ? AND "
					+ "import_job = ? ORDER BY id FETCH FIRST " + CHUNK + " ROWS ONLY", Long.class, from, range[1],
					job);
			if (ids.isEmpty()) {
				break;
			}
			transactions.executeWithoutResult(status -> {
				ledger.changed(HistoryImport.caseIds(ids.stream().mapToLong(Long::longValue)
					.filter(id -> id <= merged)
					.toArray()));
				statistics.forget(ids.stream().filter(id -> id > merged).toList());
				delete("DELETE FROM casework_timeline WHERE case_id = ANY (?)", ids);
				delete("DELETE FROM casework_case WHERE id = ANY (?)", ids);
			});
			removed += ids.size();
			from = ids.get(ids.size() - 1) + 1;
		}
		statistics.end(job);
		return removed;
	}

	private void delete(String sql, List<Long> ids) {
		jdbc.execute((Connection connection) -> {
			Array array = connection.createArrayOf("BIGINT", ids.toArray());
			try (PreparedStatement delete = connection.prepareStatement(sql)) {
				delete.setArray(1, array);
				return delete.executeUpdate();
			}
			finally {
				array.free();
			}
		});
	}
}
