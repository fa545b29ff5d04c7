package org.tongguan.casework.statistics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.statistics.ready.Contribution;
import org.tongguan.casework.statistics.ready.ContributionStore;
import org.tongguan.casework.statistics.ready.Contributions;
import org.tongguan.casework.statistics.ready.ImportCells;
import org.tongguan.shared.PlatformProperties;

/**
 * The statistics' bulk path for history import jobs (decision 0015): a job hands over each batch's new cases as it
 * stores them; their contributions are stored in the batch's transaction and their cells held in primitive arrays
 * ({@link ImportCells}) and merged into the slices once per large block and at the job's end, not folded case by
 * case. Until a block is merged its cases' contributions are staged: {@code casework_statistics_import} records the
 * highest case id merged, the fold leaves changes of staged cases pending, and a rollback removes their
 * contributions rather than folding them away.
 */
@Service
public class ImportStatistics {

	private static final Logger log = LoggerFactory.getLogger(ImportStatistics.class);

	/** How long a merge waits for another fold (the background one, another node's) to let go of the slices. */
	private static final Duration PATIENCE = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	private final ContributionStore contributions;

	private final ReadyStatistics ready;

	private final Contributions compute;

	ImportStatistics(JdbcClient jdbc, ContributionStore contributions, ReadyStatistics ready,
			WorkingCalendar calendar, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.contributions = contributions;
		this.ready = ready;
		this.compute = new Contributions(platform.zone(), calendar);
	}

	/**
	 * Begins taking in the cases of an import job: none of them is merged yet.
	 *
	 * @param cells how many cells to hold before merging them into the slices (about 150 bytes each)
	 */
	public ImportedCases begin(String job, int cells) {
		jdbc.sql("INSERT INTO casework_statistics_import (job) VALUES (:job)").param("job", job).update();
		return new ImportedCases(job, new ImportCells(cells));
	}

	/**
	 * The highest case id of the job whose contribution the slices count; {@link Long#MAX_VALUE} when the job has no
	 * record (it ended, or its cases were marked pending case by case).
	 */
	public long mergedThrough(String job) {
		return jdbc.sql("SELECT COALESCE(merged_through, 0) FROM casework_statistics_import WHERE job = :job")
			.param("job", job)
			.query(Long.class)
			.optional()
			.orElse(Long.MAX_VALUE);
	}

	/** Removes the staged contributions of removed cases that were never merged, in the caller's transaction. */
	public void forget(Collection<Long> caseIds) {
		contributions.delete(caseIds);
	}

	/** Ends the job's record: its cases count like any other from now on. */
	public void end(String job) {
		jdbc.sql("DELETE FROM casework_statistics_import WHERE job = :job").param("job", job).update();
	}

	/** The cases of one import job as the statistics take them in; used by the job's one thread. */
	public final class ImportedCases {

		private final String job;

		private final ImportCells cells;

		/** The highest case id taken in. */
		private long last = 0;

		/** The cases taken in since the last merge. */
		private int unmerged;

		private ImportedCases(String job, ImportCells cells) {
			this.job = job;
			this.cells = cells;
		}

		/**
		 * Stores the contributions of new cases in the caller's transaction (the batch that stores the cases) and
		 * holds their cells; the cases come in increasing ids, batch after batch.
		 */
		public void add(List<CountedCase> cases) {
			List<Contribution> now = new ArrayList<>(cases.size());
			for (CountedCase c : cases) {
				Contribution contribution = compute.of(c, null, false);
				now.add(contribution);
				cells.add(contribution);
				last = Math.max(last, c.id());
			}
			unmerged += cases.size();
			contributions.insert(now);
		}

		/** Whether the cells held have reached their budget: time to {@link #merge()}. */
		public boolean full() {
			return cells.full();
		}

		/**
		 * Merges the cells held into the slices in a transaction of its own, recording the cases merged; waits while
		 * another fold holds the slices.
		 */
		public void merge() {
			if (cells.isEmpty()) {
				return;
			}
			long start = System.nanoTime();
			long until = start + PATIENCE.toNanos();
			while (true) {
				try {
					ready.merge(cells, () -> jdbc.sql("UPDATE casework_statistics_import SET merged_through = :last "
							+ "WHERE job = :job").param("last", last).param("job", job).update());
					log.info("History import job {}: merged the statistics cells of {} cases in {} ms", job, unmerged,
							(System.nanoTime() - start) / 1_000_000);
					cells.clear();
					unmerged = 0;
					return;
				}
				catch (TransientDataAccessException e) {
					if (System.nanoTime() > until) {
						throw e;
					}
					log.info("History import job {}: another fold holds the statistics; merging again", job);
				}
			}
		}

		/** Merges the rest and ends the job's record: every case of the job counts in the statistics. */
		public void finish() {
			merge();
			end(job);
		}
	}
}
