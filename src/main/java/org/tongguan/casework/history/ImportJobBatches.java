package org.tongguan.casework.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.history.row.HistoryCase;
import org.tongguan.casework.statistics.ImportStatistics;

/**
 * Stores an import job's batches, each in a transaction of its own: the cases (tagged with the job) and their timeline
 * entries, their contributions to the statistics and the job's progress commit together, so the job row always says
 * which cases it stored. The statistics hold the cases' cells and merge them into the slices when a block is full
 * (after the batch's commit) and at the job's end ({@link ImportStatistics}). A row whose external id the job itself stored before is a repeat within the file (invalid); one
 * stored by an earlier import is skipped.
 */
final class ImportJobBatches implements ImportRun.Storage {

	private final String job;

	private final HistoryWriter writer;

	private final ImportStatistics.ImportedCases statistics;

	private final ImportJobStore jobs;

	private final TransactionTemplate transactions;

	ImportJobBatches(String job, HistoryWriter writer, ImportStatistics.ImportedCases statistics, ImportJobStore jobs,
			TransactionTemplate transactions) {
		this.job = job;
		this.writer = writer;
		this.statistics = statistics;
		this.jobs = jobs;
		this.transactions = transactions;
	}

	/** @throws ImportJobCancelledException when an administrator asked to cancel the job */
	@Override
	public void store(List<HistoryCase> batch, ImportRun run) {
		Boolean cancel = transactions.execute(status -> {
			Map<String, String> before = writer.imported(batch.stream().map(HistoryCase::externalId).toList());
			Set<String> seen = new HashSet<>(batch.size() * 2);
			List<HistoryCase> fresh = new ArrayList<>(batch.size());
			int skipped = 0;
			for (HistoryCase row : batch) {
				String storedBy = before.get(row.externalId());
				if (storedBy == null && seen.add(row.externalId())) {
					fresh.add(row);
				}
				else if (storedBy == null || storedBy.equals(job)) {
					run.repeated(row);
				}
				else {
					skipped++;
				}
			}
			long[] ids = writer.insert(fresh, run.importer(), run.now(), job);
			statistics.add(CountedRows.counted(fresh, ids));
			run.tally().stored(fresh);
			run.tally().skipped += skipped;
			long first = Long.MAX_VALUE;
			long last = Long.MIN_VALUE;
			for (long id : ids) {
				first = Math.min(first, id);
				last = Math.max(last, id);
			}
			return jobs.progress(job, run, first, last);
		});
		if (Boolean.TRUE.equals(cancel)) {
			throw new ImportJobCancelledException();
		}
		if (statistics.full()) {
			statistics.merge();
		}
	}

	/** An administrator asked to cancel the job; it stops after its current batch. */
	static final class ImportJobCancelledException extends RuntimeException {

		ImportJobCancelledException() {
			super("cancelled", null, false, false);
		}
	}
}
